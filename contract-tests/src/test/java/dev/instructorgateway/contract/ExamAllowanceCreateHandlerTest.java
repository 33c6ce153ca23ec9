package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /special_exams/{exam_id}/allowance} without the instructor API v2: proctoring's bulk allowance for the
 * exam, its 200, 207 and 400 read as one result per learner.
 */
class ExamAllowanceCreateHandlerTest extends NativeHandlerTest {

    private static final String ALLOWANCE = UNIFIED + COURSE + "/special_exams/7/allowance";
    private static final String LMS_BULK = "/api/edx_proctoring/v1/proctored_exam/" + COURSE + "/bulk_allowance";
    private static final String LMS_ALLOWANCES = "/api/edx_proctoring/v1/proctored_exam/" + COURSE + "/allowance";

    @Test
    void sendsProctoringsBulkAllowanceAndAnswersEachLearnersResult() {
        String token = instructorToken();

        HttpResponse<String> answer = postAs(
                token,
                ALLOWANCE,
                "{\"user_ids\": [\"ada\", \"alan@example.com\"], \"allowance_type\": \"additional_time_granted\","
                        + " \"value\": 30}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("special-exams.allowance.create");
        assertThat(body.path("exam_id").asInt()).isEqualTo(7);
        assertThat(body.path("allowance_type").asString()).isEqualTo("additional_time_granted");
        assertThat(body.path("value").asString()).isEqualTo("30");
        assertThat(body.path("results").findValuesAsString("identifier")).containsExactly("ada", "alan@example.com");
        assertThat(body.path("results").findValues("success")).allMatch(JsonNode::asBoolean);
        LoggedRequest bulk = received(putRequestedFor(urlPathEqualTo(LMS_BULK))).get(0);
        assertThat(bulk.getHeader("Authorization")).isEqualTo("JWT " + token);
        SentJson.assertSent(
                bulk,
                "{\"exam_ids\": \"7\", \"user_ids\": \"ada,alan@example.com\","
                        + " \"allowance_type\": \"additional_time_granted\", \"value\": \"30\"}");
        assertThat(calledPaths())
                .containsExactly("GET /api/edx_proctoring/v1/proctored_exam/exam/exam_id/7", "PUT " + LMS_BULK);
    }

    @Test
    void aPartialSuccessIsA207ThatSaysWhoGotTheAllowance() {
        HttpResponse<String> answer = sendJson(
                "POST",
                ALLOWANCE,
                "{\"user_ids\": [\"alan\", \"nobody\"], \"allowance_type\": \"additional_time_granted\", \"value\": \"30\"}");

        JsonNode results = json(answer).path("results");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(207);
        assertThat(results.get(0).path("identifier").asString()).isEqualTo("alan");
        assertThat(results.get(0).path("success").asBoolean()).isTrue();
        assertThat(results.get(1).path("identifier").asString()).isEqualTo("nobody");
        assertThat(results.get(1).path("success").asBoolean()).isFalse();
        assertThat(results.get(1).path("error").asString()).isNotBlank();
        assertThat(calledPaths()).contains("GET " + LMS_ALLOWANCES);
    }

    @Test
    void whenTheReadBackFailsA207LeavesTheOutcomeUnknownWithAWarning() {
        stub(get(urlPathEqualTo(LMS_ALLOWANCES)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson(
                "POST",
                ALLOWANCE,
                "{\"user_ids\": [\"alan\", \"nobody\"], \"allowance_type\": \"review_policy_exception\","
                        + " \"value\": \"A second monitor is allowed.\"}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(207);
        assertThat(body.path("results").findValues("success")).allMatch(JsonNode::isNull);
        assertThat(body.path("warnings").get(0).asString()).startsWith("which learners got the allowance is missing");
        assertThat(received(putRequestedFor(urlPathEqualTo(LMS_BULK)))).hasSize(1);
    }

    @Test
    void whenNoLearnerGetsItTheAnswerIsA400WithEachResult() {
        HttpResponse<String> answer = sendJson(
                "POST",
                ALLOWANCE,
                "{\"user_ids\": [\"nobody\"], \"allowance_type\": \"time_multiplier\", \"value\": 1.5}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body.path("results").get(0).path("identifier").asString()).isEqualTo("nobody");
        assertThat(body.path("results").get(0).path("success").asBoolean()).isFalse();
        LoggedRequest bulk = received(putRequestedFor(urlPathEqualTo(LMS_BULK))).get(0);
        assertThat(bulk.getBodyAsString()).contains("\"value\":\"1.5\"");
    }

    @Test
    void badValuesAreEachNamedInOne400AndNothingIsSent() {
        HttpResponse<String> minutes = sendJson(
                "POST",
                ALLOWANCE,
                "{\"user_ids\": [\"ada\"], \"allowance_type\": \"additional_time_granted\", \"value\": -5}");
        HttpResponse<String> multiplier = sendJson(
                "POST",
                ALLOWANCE,
                "{\"user_ids\": [\"ada\"], \"allowance_type\": \"time_multiplier\", \"value\": \"1\"}");
        HttpResponse<String> everything =
                sendJson("POST", ALLOWANCE, "{\"user_ids\": [\"a b\"], \"allowance_type\": \"coffee\"}");
        HttpResponse<String> empty = sendJson("POST", ALLOWANCE, "{}");

        assertThat(minutes.statusCode()).isEqualTo(400);
        assertThat(json(minutes).path("detail").asString())
                .isEqualTo("value: -5 (expected: whole minutes, at least 1)");
        assertThat(multiplier.statusCode()).isEqualTo(400);
        assertThat(json(multiplier).path("detail").asString()).contains("(expected: a number above 1");
        assertThat(json(everything).path("detail").asString())
                .contains("user_ids[0]: \"a b\" (expected: a username or email")
                .contains("allowance_type: \"coffee\" (expected: additional_time_granted, review_policy_exception or"
                        + " time_multiplier)");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void anExamOfAnotherCourseIsA404AndNothingIsGranted() {
        stub(get(urlPathEqualTo("/api/edx_proctoring/v1/proctored_exam/exam/exam_id/9"))
                .willReturn(okJson("{\"id\": 9, \"course_id\": \"course-v1:Other+X+2026\"}")));

        HttpResponse<String> answer = sendJson(
                "POST",
                UNIFIED + COURSE + "/special_exams/9/allowance",
                "{\"user_ids\": [\"ada\"], \"allowance_type\": \"additional_time_granted\", \"value\": 10}");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(received(putRequestedFor(urlPathEqualTo(LMS_BULK)))).isEmpty();
    }

    @Test
    void aFailingBulkAllowanceIsA502AndIsNotRepeated() {
        stub(put(urlPathEqualTo(LMS_BULK)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson(
                "POST",
                ALLOWANCE,
                "{\"user_ids\": [\"ada\"], \"allowance_type\": \"additional_time_granted\", \"value\": 10}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("proctoring");
        assertThat(received(putRequestedFor(urlPathEqualTo(LMS_BULK)))).hasSize(1);
    }

    @Test
    void aLearnerGets403AndNothingIsGranted() {
        HttpResponse<String> answer = postAs(
                learnerToken(),
                ALLOWANCE,
                "{\"user_ids\": [\"ada\"], \"allowance_type\": \"additional_time_granted\", \"value\": 10}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    private HttpResponse<String> postAs(String token, String path, String json) {
        return sendRaw(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }
}
