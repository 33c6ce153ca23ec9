package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /ora} on an LMS with instructor v2: its ORA page, with the course's ORA totals as an enrichment. */
class OraListHandlerV2Test extends NativeHandlerV2Test {

    private static final String V2 = "/api/instructor/v2/courses/" + COURSE;

    @Test
    void theV2PageIsAskedForTheClientsPageWithTheSummary() {
        HttpResponse<String> answer = send("GET", OraListHandlerTest.ORA_LIST + "?page_size=5");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(1);
        assertThat(body.path("results").get(0).path("total_responses").asInt()).isEqualTo(3);
        assertThat(body.path("summary").path("total_assessments").asInt()).isEqualTo(1);
        assertThat(body.has("warnings")).isFalse();

        LoggedRequest page =
                received(getRequestedFor(urlPathEqualTo(V2 + "/ora"))).get(0);
        assertThat(page.queryParameter("page").firstValue()).isEqualTo("1");
        assertThat(page.queryParameter("page_size").firstValue()).isEqualTo("5");
        assertThat(RelayedToken.userOf(page)).isEqualTo("instructor");
        assertThat(received(getRequestedFor(urlPathEqualTo(V2 + "/ora_summary"))))
                .hasSize(1);
        assertThat(calledPaths()).noneMatch(path -> path.contains("/api/courses/v1/blocks"));
    }

    @Test
    void aFailingSummaryLeavesThePageWithAWarning() {
        stub(get(urlPathEqualTo(V2 + "/ora_summary")).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("GET", OraListHandlerTest.ORA_LIST);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("results")).hasSize(1);
        assertThat(body.has("summary")).isFalse();
        assertThat(body.path("warnings").get(0).asString()).startsWith("summary is missing");
    }

    @Test
    void aFailingOraListIsA502NamingInstructorV2() {
        stub(get(urlPathEqualTo(V2 + "/ora")).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", OraListHandlerTest.ORA_LIST);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
    }
}
