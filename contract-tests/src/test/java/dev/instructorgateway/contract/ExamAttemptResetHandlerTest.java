package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /special_exams/{exam_id}/reset/{username}} without the instructor API v2: the username becomes
 * proctoring's numeric user id through the accounts API, the exam is checked to be the course's, and only then is
 * proctoring's reset sent, once.
 */
class ExamAttemptResetHandlerTest extends NativeHandlerTest {

    private static final String RESET = UNIFIED + COURSE + "/special_exams/7/reset/";
    private static final String LMS_RESET = "/api/edx_proctoring/v1/proctored_exam/exam_id/7/user_id/";
    private static final String ANY_LMS_RESET = "/api/edx_proctoring/v1/proctored_exam/exam_id/.*/reset_attempts";

    @Test
    void resolvesTheUsernameAndDeletesTheAttemptsByUserId() {
        String token = instructorToken();

        HttpResponse<String> answer = postAs(token, RESET + "ada");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("special-exams.attempts.reset");
        assertThat(body.path("success").asBoolean()).isTrue();
        assertThat(body.path("message").asString()).contains("ada").contains("7");
        assertThat(calledPaths())
                .containsExactlyInAnyOrder(
                        "GET /api/user/v1/accounts/ada",
                        "GET /api/edx_proctoring/v1/proctored_exam/exam/exam_id/7",
                        "DELETE " + LMS_RESET + "11/reset_attempts");
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LMS_RESET + "11/reset_attempts"))))
                .singleElement()
                .satisfies(call -> assertThat(call.getHeader("Authorization")).isEqualTo("JWT " + token));
    }

    @Test
    void anUnknownLearnerIsA404AndNothingIsDeleted() {
        HttpResponse<String> answer = send("POST", RESET + "nobody");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).isEqualTo("No learner has the username nobody.");
        assertThat(received(deleteRequestedFor(urlPathMatching(ANY_LMS_RESET)))).isEmpty();
    }

    @Test
    void aLearnerWithoutAttemptsIsA404() {
        HttpResponse<String> answer = send("POST", RESET + "barbara");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString())
                .isEqualTo("barbara has no attempt at special exam 7 to reset.");
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LMS_RESET + "16/reset_attempts"))))
                .hasSize(1);
    }

    @Test
    void anExamOfAnotherCourseIsA404AndNothingIsDeleted() {
        stub(get(urlPathEqualTo("/api/edx_proctoring/v1/proctored_exam/exam/exam_id/9"))
                .willReturn(okJson("{\"id\": 9, \"course_id\": \"course-v1:Other+X+2026\"}")));

        HttpResponse<String> answer = send("POST", UNIFIED + COURSE + "/special_exams/9/reset/ada");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(received(deleteRequestedFor(urlPathMatching(ANY_LMS_RESET)))).isEmpty();
    }

    @Test
    void aFailingResetIsA502NamingProctoringAndIsNotRepeated() {
        stub(delete(urlPathEqualTo(LMS_RESET + "11/reset_attempts")).willReturn(serverError()));

        HttpResponse<String> answer = send("POST", RESET + "ada");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("proctoring");
        assertThat(received(deleteRequestedFor(urlPathMatching(ANY_LMS_RESET)))).hasSize(1);
    }

    @Test
    void aBadExamIdIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("POST", UNIFIED + COURSE + "/special_exams/seven/reset/ada");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403AndNothingIsCalled() {
        String token = learnerToken();

        HttpResponse<String> answer = postAs(token, RESET + "ada");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
        assertThat(received(anyRequestedFor(urlPathMatching(ANY_LMS_RESET)))).isEmpty();
    }

    private HttpResponse<String> postAs(String token, String path) {
        return sendRaw(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "JWT " + token)
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
