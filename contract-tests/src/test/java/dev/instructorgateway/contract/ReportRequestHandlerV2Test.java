package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code POST /data_downloads} on an LMS with instructor v2: its generate route queues every report type. */
class ReportRequestHandlerV2Test extends NativeHandlerV2Test {

    private static final String REPORTS = "/api/instructor/v2/courses/" + COURSE + "/reports/";

    @Test
    void theReportIsQueuedThroughV2And202Accepted() {
        HttpResponse<String> answer =
                sendJson("POST", ReportRequestHandlerTest.DOWNLOADS, "{\"report_type\": \"issued_certificates\"}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(body.path("status").asString()).contains("is being created");
        assertThat(body.path("instructor_tasks_url").asString()).isEqualTo(ReportRequestHandlerTest.TASKS_URL);
        assertThat(received(postRequestedFor(urlPathEqualTo(REPORTS + "issued_certificates/generate"))))
                .hasSize(1);
        assertThat(calledPaths()).noneMatch(call -> call.contains("/instructor/api/"));
    }

    @Test
    void problemResponsesSendTheProblemAsJson() {
        String problem = "block-v1:OpenedX+DemoX+Demo_Course+type@problem+block@d1b2f3a4e5";

        sendJson(
                "POST",
                ReportRequestHandlerTest.DOWNLOADS,
                "{\"report_type\": \"problem_responses\", \"problem_location\": \"" + problem + "\"}");

        LoggedRequest call = received(postRequestedFor(urlPathEqualTo(REPORTS + "problem_responses/generate")))
                .get(0);
        assertThat(equalToJson("{\"problem_location\": \"" + problem + "\"}")
                        .match(call.getBodyAsString())
                        .isExactMatch())
                .isTrue();
        assertThat(RelayedToken.userOf(call)).isEqualTo("instructor");
    }
}
