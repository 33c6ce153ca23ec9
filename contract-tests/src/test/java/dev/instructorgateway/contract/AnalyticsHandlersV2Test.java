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
 * The analytics endpoints against an LMS with instructor v2: the summary, the enrollment counts and (with no
 * setting) the dashboard URL come from the v2 course root in one call.
 */
class AnalyticsHandlersV2Test extends NativeHandlerV2Test {

    private static final String ANALYTICS = AnalyticsHandlersTest.ANALYTICS;
    private static final String COURSE_ROOT = "/api/instructor/v2/courses/" + COURSE;

    @Test
    void theDashboardUrlIsTheLinkInTheCourseRootsAnalyticsMessage() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ANALYTICS + "dashboard_url");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("dashboard_url").asString()).isEqualTo("http://localhost:18110/courses/" + COURSE);
        assertThat(json(answer).path("source").asString()).isEqualTo("instructor-v2");
        assertThat(calledPaths()).containsExactly("GET " + COURSE_ROOT);
        assertThat(received(getRequestedFor(urlPathEqualTo(COURSE_ROOT))).get(0).getHeader("Authorization"))
                .isEqualTo("JWT " + token);
    }

    @Test
    void aCourseRootWithoutAnAnalyticsLinkMeansNoDashboard() {
        stub(get(urlPathEqualTo(COURSE_ROOT))
                .willReturn(okJson("{\"course_id\": \"" + COURSE + "\", \"analytics_dashboard_message\": \"\"}")));

        HttpResponse<String> answer = send("GET", ANALYTICS + "dashboard_url");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).contains("ANALYTICS_DASHBOARD_URL");
    }

    @Test
    void theSummaryIsTheCourseRootsFiguresFromOneCall() {
        HttpResponse<String> answer = send("GET", ANALYTICS + "summary");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("source").asString()).isEqualTo("instructor-v2");
        assertThat(body.path("total_enrollment").asInt()).isEqualTo(4);
        assertThat(body.path("enrollment_counts").path("verified").asInt()).isEqualTo(2);
        assertThat(body.path("enrollment_modes").valueStream().map(JsonNode::asString))
                .containsExactly("audit", "honor", "verified");
        assertThat(body.path("num_sections").asInt()).isEqualTo(3);
        assertThat(body.path("grade_cutoffs").path("B").asDouble()).isEqualTo(0.7);
        assertThat(body.path("grade_cutoffs").path("C").asDouble()).isEqualTo(0.5);
        assertThat(calledPaths()).containsExactly("GET " + COURSE_ROOT);
    }

    @Test
    void enrollmentStatsAreTheCourseRootsCountsWithoutWalkingEnrollments() {
        HttpResponse<String> answer = send("GET", ANALYTICS + "enrollment_stats");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("source").asString()).isEqualTo("instructor-v2");
        assertThat(body.path("enrollment_counts").path("audit").asInt()).isEqualTo(2);
        assertThat(body.path("enrollment_counts").path("honor").asInt()).isEqualTo(0);
        assertThat(body.path("enrollment_counts").path("total").asInt()).isEqualTo(4);
        assertThat(calledPaths()).containsExactly("GET " + COURSE_ROOT);
    }

    @Test
    void aFailingCourseRootIsA502NamingInstructorV2() {
        stub(get(urlPathEqualTo(COURSE_ROOT)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ANALYTICS + "summary");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
    }
}
