package dev.instructorgateway.contract;

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
 * {@code GET /special_exams} and {@code GET /special_exams/{exam_id}} on an LMS without the instructor API v2:
 * proctoring's exams of the course, typed and paged by the gateway, and one exam checked to belong to the course.
 */
class SpecialExamReadHandlersTest extends NativeHandlerTest {

    private static final String EXAMS = UNIFIED + COURSE + "/special_exams";
    private static final String LMS_EXAMS = "/api/edx_proctoring/v1/proctored_exam/exam/course_id/" + COURSE;
    private static final String LMS_EXAM = "/api/edx_proctoring/v1/proctored_exam/exam/exam_id/";

    @Test
    void listsProctoringsExamsWithTheirTypeAndRelaysTheCallersToken() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, EXAMS);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("special-exams.exams.list");
        assertThat(body.path("count").asInt()).isEqualTo(2);
        assertThat(body.path("results").findValuesAsString("exam_name")).containsExactly("Midterm Exam", "Final Exam");
        assertThat(body.path("results").findValuesAsString("exam_type")).containsExactly("timed", "proctored");
        assertThat(calledPaths()).containsExactly("GET " + LMS_EXAMS);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_EXAMS))).get(0).getHeader("Authorization"))
                .isEqualTo("JWT " + token);
    }

    @Test
    void filtersByExamType() {
        JsonNode body = json(send("GET", EXAMS + "?exam_type=proctored"));

        assertThat(body.path("count").asInt()).isEqualTo(1);
        assertThat(body.path("results").get(0).path("id").asInt()).isEqualTo(8);
    }

    @Test
    void aPracticeExamIsTypedPracticeThoughProctoringMarksItProctoredToo() {
        stub(get(urlPathEqualTo(LMS_EXAMS))
                .willReturn(okJson("[{\"id\": 9, \"course_id\": \"" + COURSE + "\", \"exam_name\": \"Try it\","
                        + " \"is_proctored\": true, \"is_practice_exam\": true}]")));

        JsonNode body = json(send("GET", EXAMS + "?exam_type=practice"));

        assertThat(body.path("results").findValuesAsString("exam_type")).containsExactly("practice");
    }

    @Test
    void cutsTheListIntoPagesThatLinkBackToTheGateway() {
        JsonNode body = json(send("GET", EXAMS + "?page=2&page_size=1"));

        assertThat(body.path("count").asInt()).isEqualTo(2);
        assertThat(body.path("num_pages").asInt()).isEqualTo(2);
        assertThat(body.path("results").findValuesAsString("exam_name")).containsExactly("Final Exam");
        assertThat(body.path("previous").asString())
                .isEqualTo(uri(EXAMS + "?page=1&page_size=1").toString());
        assertThat(body.path("next").isNull()).isTrue();
    }

    @Test
    void anUnknownExamTypeIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("GET", EXAMS + "?exam_type=oral");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString())
                .isEqualTo("exam_type: oral (expected: proctored, timed or practice)");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403AndNoExams() {
        HttpResponse<String> answer = getAs(learnerToken(), EXAMS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Midterm");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingProctoringServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_EXAMS)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", EXAMS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("proctoring");
    }

    @Test
    void getsOneExamOfTheCourseWithItsType() {
        HttpResponse<String> answer = send("GET", EXAMS + "/8");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("exam_name").asString()).isEqualTo("Final Exam");
        assertThat(body.path("exam_type").asString()).isEqualTo("proctored");
        assertThat(calledPaths()).containsExactly("GET " + LMS_EXAM + "8");
    }

    @Test
    void anExamOfAnotherCourseIsA404() {
        stub(get(urlPathEqualTo(LMS_EXAM + "9"))
                .willReturn(okJson("{\"id\": 9, \"course_id\": \"course-v1:Other+X+2026\", \"exam_name\": \"Theirs\","
                        + " \"is_proctored\": false, \"is_practice_exam\": false}")));

        HttpResponse<String> answer = send("GET", EXAMS + "/9");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString())
                .isEqualTo("The course " + COURSE + " has no special exam 9.");
        assertThat(answer.body()).doesNotContain("Theirs");
    }

    @Test
    void anExamProctoringDoesNotKnowIsA404() {
        HttpResponse<String> answer = send("GET", EXAMS + "/4040");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).contains("has no special exam 4040");
    }

    @Test
    void anExamIdThatIsNotAPositiveWholeNumberIsA400AndCallsNothing() {
        HttpResponse<String> word = send("GET", EXAMS + "/midterm");
        HttpResponse<String> zero = send("GET", EXAMS + "/0");

        assertThat(word.statusCode()).isEqualTo(400);
        assertThat(json(word).path("detail").asString())
                .isEqualTo("exam_id: midterm (expected: a whole number from 1)");
        assertThat(zero.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }
}
