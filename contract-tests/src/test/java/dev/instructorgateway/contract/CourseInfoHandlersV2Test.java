package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.instructorgateway.gateway.cache.ReadCaches;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code GET /info} on an LMS with {@code /api/instructor/v2}: the v2 course root, in the same shape. */
class CourseInfoHandlersV2Test extends NativeHandlerV2Test {

    private static final String LMS_V2_COURSE = "/api/instructor/v2/courses/" + COURSE;

    @Autowired
    ReadCaches caches;

    @BeforeEach
    void forgetKeptCourseData() {
        CourseInfoHandlersTest.forgetKeptCourseData(caches);
    }

    @Test
    void infoComesFromTheV2CourseRootWithTheEnrollmentModes() {
        HttpResponse<String> answer = send("GET", CourseInfoHandlersTest.INFO);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("course_id").asString()).isEqualTo(COURSE);
        assertThat(body.path("display_name").asString()).isEqualTo("Open edX Demo Course");
        assertThat(body.path("number").asString()).isEqualTo("DemoX");
        assertThat(body.path("run").asString()).isEqualTo("Demo_Course");
        assertThat(body.path("end").asString()).isEqualTo("2027-06-30T23:59:00Z");
        assertThat(body.path("pacing").asString()).isEqualTo("instructor");
        assertThat(body.path("modes").findValuesAsString("slug")).containsExactly("audit", "honor", "verified");
        assertThat(body.has("permissions"))
                .as("what v2 says of the caller is not kept per course")
                .isFalse();

        // A modes load an earlier test started goes on after its answer (loads are shared, not cancelled), so it may
        // be seen here too: the v2 course root is what must be asked once, and the modes at least once.
        assertThat(calledPaths())
                .containsOnly(
                        "GET " + LMS_V2_COURSE,
                        "GET " + CourseInfoHandlersTest.LMS_ENROLLMENT_COURSE + "?include_expired=1")
                .containsOnlyOnce("GET " + LMS_V2_COURSE);
    }

    @Test
    void bothSourcesGiveTheSameMembers() {
        JsonNode fromV2 = json(send("GET", CourseInfoHandlersTest.INFO));

        assertThat(fromV2.propertyNames())
                .containsExactly(
                        "course_id",
                        "display_name",
                        "org",
                        "number",
                        "run",
                        "start",
                        "end",
                        "enrollment_start",
                        "enrollment_end",
                        "pacing",
                        "has_started",
                        "has_ended",
                        "invitation_only",
                        "modes");
    }

    @Test
    void aFailingV2CourseRootIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_V2_COURSE)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", CourseInfoHandlersTest.INFO);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
    }
}
