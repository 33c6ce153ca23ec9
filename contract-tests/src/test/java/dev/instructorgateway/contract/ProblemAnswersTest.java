package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/** What the gateway answers itself is RFC 9457 problem+json, never a call to the LMS. */
class ProblemAnswersTest extends GatewayOnStandInTest {

    @Test
    void invalidCourseKeyIs400NamingTheParameterAndTheExpectedForm() {
        HttpResponse<String> answer = send("GET", UNIFIED + "DemoX+Demo_Course/instructor_tasks");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(JsonParserFactory.getJsonParser().parseMap(answer.body()))
                .containsEntry("type", "urn:instructor-gateway:problem:invalid-parameter")
                .containsEntry("title", "Invalid parameter")
                .containsEntry("status", 400)
                .containsEntry(
                        "detail",
                        "course_key: DemoX+Demo_Course (expected: course-v1:{org}+{course}+{run}, or"
                                + " {org}/{course}/{run} sent as {org}%2F{course}%2F{run})")
                .containsEntry("instance", UNIFIED + "DemoX+Demo_Course/instructor_tasks")
                .containsEntry("route_id", "course-info.instructor-tasks.list");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void invalidProblemIdIs400() {
        HttpResponse<String> answer = send("POST", UNIFIED + COURSE + "/problems/not-a-usage-key/rescore_all");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("problem_id: not-a-usage-key (expected: block-v1:");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void unknownPathUnderTheUnifiedPrefixIs404() {
        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/grades/everything");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.headers().firstValue("X-Gateway-Route")).contains("gateway.unmatched");
        assertThat(JsonParserFactory.getJsonParser().parseMap(answer.body()))
                .containsEntry("status", 404)
                .containsEntry("type", "urn:instructor-gateway:problem:not-found")
                .containsEntry("route_id", "gateway.unmatched");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void bareCoursesPrefixIs404NotPassedToTheLms() {
        HttpResponse<String> answer = send("GET", "/api/instructor/v1/courses/");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> answer = send("PATCH", UNIFIED + COURSE + "/enrollment");

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow")).contains("GET, POST, DELETE");
        assertThat(JsonParserFactory.getJsonParser().parseMap(answer.body()))
                .containsEntry("status", 405)
                .containsEntry(
                        "detail",
                        "PATCH is not allowed on " + UNIFIED + COURSE + "/enrollment (expected: GET, POST, DELETE).");
        assertThat(lmsReceived()).isEmpty();
    }
}
