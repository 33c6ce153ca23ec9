package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The special-exam and certificate handlers on an LMS that serves {@code /api/instructor/v2}: each asks v2 and
 * nothing else, and answers in the same shape as without it.
 */
class SpecialExamsAndCertificatesOnV2Test extends NativeHandlerV2Test {

    private static final String EXAMS = UNIFIED + COURSE + "/special_exams";
    private static final String V2 = "/api/instructor/v2/courses/" + COURSE;

    @Test
    void listsExamsFromV2PassingTheTypeFilterOn() {
        HttpResponse<String> answer = send("GET", EXAMS + "?exam_type=timed");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(1);
        assertThat(body.path("results").get(0).path("exam_type").asString()).isEqualTo("timed");
        assertThat(calledPaths()).containsExactly("GET " + V2 + "/special_exams?exam_type=timed");
    }

    @Test
    void getsOneExamFromV2() {
        JsonNode body = json(send("GET", EXAMS + "/8"));

        assertThat(body.path("exam_name").asString()).isEqualTo("Final Exam");
        assertThat(calledPaths()).containsExactly("GET " + V2 + "/special_exams/8");
    }

    @Test
    void anExamV2DoesNotKnowInTheCourseIsA404() {
        HttpResponse<String> answer = send("GET", EXAMS + "/4040");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).contains("has no special exam 4040");
    }

    @Test
    void listsAttemptsFromV2sPages() {
        HttpResponse<String> answer = send("GET", EXAMS + "/7/attempts?page_size=10");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(3);
        assertThat(body.path("results").findValuesAsString("username")).containsExactly("ada", "alan", "katherine");
        assertThat(calledPaths()).containsExactly("GET " + V2 + "/special_exams/7/attempts?page=1&page_size=10");
    }

    @Test
    void resetsThroughV2ByUsername() {
        HttpResponse<String> answer = send("POST", EXAMS + "/7/reset/alan");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("success").asBoolean()).isTrue();
        assertThat(calledPaths()).containsExactly("POST " + V2 + "/special_exams/7/reset/alan");
    }

    @Test
    void aResetWithoutAttemptsIsV2s404() {
        HttpResponse<String> answer = send("POST", EXAMS + "/7/reset/barbara");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(received(postRequestedFor(urlPathEqualTo(V2 + "/special_exams/7/reset/barbara"))))
                .hasSize(1);
    }

    @Test
    void grantsAnAllowanceThroughV2AndReadsItsResults() {
        HttpResponse<String> answer = sendJson(
                "POST",
                EXAMS + "/7/allowance",
                "{\"user_ids\": [\"ada\", \"nobody\"], \"allowance_type\": \"time_multiplier\", \"value\": 1.5}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(207);
        assertThat(body.path("results").get(0).path("success").asBoolean()).isTrue();
        assertThat(body.path("results").get(1).path("success").asBoolean()).isFalse();
        LoggedRequest sent = received(postRequestedFor(urlPathEqualTo(V2 + "/special_exams/7/allowance")))
                .get(0);
        SentJson.assertSent(
                sent,
                "{\"user_ids\": [\"ada\", \"nobody\"], \"allowance_type\": \"time_multiplier\","
                        + " \"value\": \"1.5\"}");
        assertThat(calledPaths()).containsExactly("POST " + V2 + "/special_exams/7/allowance");
    }

    @Test
    void readsAndPatchesProctoringSettingsThroughV2() {
        HttpResponse<String> read = send("GET", UNIFIED + COURSE + "/proctoring_settings");
        HttpResponse<String> write =
                sendJson("PUT", UNIFIED + COURSE + "/proctoring_settings", "{\"create_zendesk_tickets\": true}");

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(json(read).path("proctoring_escalation_email").asString()).isEqualTo("proctoring@example.com");
        assertThat(write.statusCode()).isEqualTo(200);
        LoggedRequest patch = received(patchRequestedFor(urlPathEqualTo(V2 + "/proctoring_settings")))
                .get(0);
        SentJson.assertSent(patch, "{\"create_zendesk_tickets\": true}");
        assertThat(calledPaths()).noneMatch(call -> call.contains("/api/contentstore/"));
    }

    @Test
    void listsTheAllowlistFromV2sGrantedExceptions() {
        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/certificates/allowlist");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(1);
        assertThat(body.path("results").get(0).path("username").asString()).isEqualTo("grace");
        assertThat(calledPaths())
                .containsExactly("GET " + V2 + "/certificates/issued?filter=granted_exceptions&page=1&page_size=25");
    }

    @Test
    void aFailingV2IsA502NamingIt() {
        stub(get(urlPathEqualTo(V2 + "/certificates/issued")).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/certificates/allowlist");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
        assertThat(received(getRequestedFor(urlPathEqualTo(V2 + "/certificates/issued"))))
                .hasSize(1);
    }
}
