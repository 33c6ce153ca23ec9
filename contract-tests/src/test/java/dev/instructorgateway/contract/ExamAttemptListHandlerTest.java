package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /special_exams/{exam_id}/attempts} without the instructor API v2: proctoring's grouped attempts of the
 * course, walked page by page, filtered to the exam and reshaped as v2 gives them.
 */
class ExamAttemptListHandlerTest extends NativeHandlerTest {

    private static final String ATTEMPTS = UNIFIED + COURSE + "/special_exams/7/attempts";
    private static final String LMS_GROUPED =
            "/api/edx_proctoring/v1/proctored_exam/attempt/grouped/course_id/" + COURSE;
    private static final String LMS_EXAM = "/api/edx_proctoring/v1/proctored_exam/exam/exam_id/";

    @Test
    void listsTheExamsAttemptsInTheV2ShapeAndRelaysTheCallersToken() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ATTEMPTS);

        JsonNode body = json(answer);
        JsonNode alan = body.path("results").get(1);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(3);
        assertThat(body.path("results").findValuesAsString("username")).containsExactly("ada", "alan", "katherine");
        assertThat(alan.path("id").asInt()).isEqualTo(102);
        assertThat(alan.path("user").path("id").asInt()).isEqualTo(13);
        assertThat(alan.path("exam_id").asInt()).isEqualTo(7);
        assertThat(alan.path("exam_type").asString()).isEqualTo("timed");
        assertThat(alan.path("status").asString()).isEqualTo("started");
        assertThat(alan.path("start_time").asString()).isEqualTo("2026-12-01T09:30:05Z");
        assertThat(alan.path("end_time").isNull()).isTrue();
        assertThat(alan.path("allowed_time_limit_mins").asInt()).isEqualTo(90);
        assertThat(alan.path("ready_to_resume").asBoolean()).isFalse();
        assertThat(alan.has("all_attempts")).isFalse();
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_GROUPED))))
                .singleElement()
                .satisfies(call -> {
                    assertThat(call.getUrl()).isEqualTo(LMS_GROUPED + "?page=1");
                    assertThat(call.getHeader("Authorization")).isEqualTo("JWT " + token);
                });
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_EXAM + "7")))).hasSize(1);
    }

    @Test
    void anExamWithoutAttemptsHasAnEmptyList() {
        JsonNode body = json(send("GET", UNIFIED + COURSE + "/special_exams/8/attempts"));

        assertThat(body.path("count").asInt()).isZero();
        assertThat(body.path("results")).isEmpty();
    }

    @Test
    void walksProctoringsPagesAndKeepsOnlyTheClientsPage() {
        stub(get(urlPathEqualTo(LMS_GROUPED))
                .withQueryParam("page", equalTo("1"))
                .willReturn(okJson(grouped(1, true, attempt(201, "ada", 7), attempt(202, "grace", 8)))));
        stub(get(urlPathEqualTo(LMS_GROUPED))
                .withQueryParam("page", equalTo("2"))
                .willReturn(okJson(grouped(2, false, attempt(203, "alan", 7), attempt(204, "katherine", 7)))));

        JsonNode body = json(send("GET", ATTEMPTS + "?page=2&page_size=2"));

        assertThat(body.path("count").asInt()).isEqualTo(3);
        assertThat(body.path("num_pages").asInt()).isEqualTo(2);
        assertThat(body.path("results").findValuesAsString("username")).containsExactly("katherine");
        assertThat(calledPaths()).contains("GET " + LMS_GROUPED + "?page=1", "GET " + LMS_GROUPED + "?page=2");
    }

    @Test
    void anExamOfAnotherCourseIsA404() {
        stub(get(urlPathEqualTo(LMS_EXAM + "9"))
                .willReturn(okJson("{\"id\": 9, \"course_id\": \"course-v1:Other+X+2026\"}")));

        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/special_exams/9/attempts");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).contains("has no special exam 9");
    }

    @Test
    void aBadExamIdIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/special_exams/-3/attempts");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403AndNoAttempts() {
        HttpResponse<String> answer = getAs(learnerToken(), ATTEMPTS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("ada@example.com");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingProctoringServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_GROUPED)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ATTEMPTS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("proctoring");
    }

    private static String grouped(int page, boolean hasNext, String... attempts) {
        return "{\"proctored_exam_attempts\": [" + String.join(", ", attempts) + "], \"pagination_info\": {"
                + "\"has_previous\": " + (page > 1) + ", \"has_next\": " + hasNext + ", \"current_page\": " + page
                + ", \"total_pages\": 2}}";
    }

    private static String attempt(int id, String username, int examId) {
        return "{\"id\": " + id + ", \"user\": {\"id\": " + id + ", \"username\": \"" + username + "\", \"email\": \""
                + username + "@example.com\"}, \"status\": \"submitted\", \"proctored_exam\": {\"id\": " + examId
                + ", \"exam_name\": \"Exam " + examId + "\", \"is_proctored\": false, \"is_practice_exam\": false}}";
    }
}
