package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code GET /students} and {@code GET /students/{username}} on an LMS with {@code /api/instructor/v2}. */
class StudentHandlersV2Test extends NativeHandlerV2Test {

    private static final String V2 = "/api/instructor/v2/courses/" + COURSE;

    @Test
    void studentsAreTheV2EnrollmentPage() {
        JsonNode body = json(send("GET", StudentHandlersTest.STUDENTS + "?page=1&page_size=2"));

        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(body.path("num_pages").asInt()).isEqualTo(2);
        assertThat(calledPaths()).containsExactly("GET " + V2 + "/enrollments?page=1&page_size=2");
    }

    @Test
    void aStudentIsTheV2LearnerInOneCall() {
        HttpResponse<String> answer = send("GET", StudentHandlersTest.STUDENTS + "/ada");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("username").asString()).isEqualTo("ada");
        assertThat(body.path("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.path("is_enrolled").asBoolean()).isTrue();
        assertThat(body.path("progress_url").asString()).endsWith("/progress/11/");
        assertThat(calledPaths()).containsExactly("GET " + V2 + "/learners/ada");
    }

    @Test
    void aUserWhoIsNotEnrolledIsAnsweredAsSuch() {
        JsonNode body = json(send("GET", StudentHandlersTest.STUDENTS + "/edx"));

        assertThat(body.path("is_enrolled").asBoolean(true)).isFalse();
    }

    @Test
    void v2sAnswerForALearnerItCannotFindIsA404() {
        stub(get(urlPathEqualTo(V2 + "/learners/nobody_here"))
                .willReturn(jsonResponse("{\"error\": \"Invalid learner\"}", 400)));

        HttpResponse<String> answer = send("GET", StudentHandlersTest.STUDENTS + "/nobody_here");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
    }

    @Test
    void aFailingV2LearnerIsA502() {
        stub(get(urlPathEqualTo(V2 + "/learners/ada")).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", StudentHandlersTest.STUDENTS + "/ada");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
    }
}
