package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The analytics endpoints against an LMS without instructor v2, composed from the long-standing APIs: the summary
 * from course blocks, enrollment and gradebook, engagement from discussion activity, performance and enrollment
 * counts folded over the LMS's pages; and the dashboard URL, which only a setting can give here.
 */
class AnalyticsHandlersTest extends NativeHandlerTest {

    static final String ANALYTICS = UNIFIED + COURSE + "/analytics/";
    static final String LMS_GRADES = "/api/grades/v1/courses/" + COURSE + "/";
    static final String LMS_ENROLLMENTS = "/api/enrollment/v1/enrollments";
    private static final String LMS_BLOCKS = "/api/courses/v1/blocks/";
    private static final String LMS_GRADEBOOK = "/api/grades/v1/gradebook/" + COURSE + "/";
    private static final String LMS_GRADING_INFO = LMS_GRADEBOOK + "grading-info";
    private static final String LMS_COURSE_MODES = "/api/enrollment/v1/course/" + COURSE;
    private static final String LMS_ACTIVITY = "/api/discussion/v1/courses/" + COURSE + "/activity_stats";

    @Autowired
    ReadCaches caches;

    /** Section counts kept by an earlier test would hide the calls a test expects. */
    @BeforeEach
    void forgetSectionCounts() {
        caches.invalidate(ReadCache.COURSE_SECTIONS, COURSE);
    }

    /** A page of the grades API: one learner per percent, passing from 0.5, lettered A from 0.9 and B from 0.7. */
    static String gradesPage(String next, double... percents) {
        StringBuilder results = new StringBuilder();
        for (int i = 0; i < percents.length; i++) {
            double percent = percents[i];
            String letter = percent >= 0.9 ? "\"A\"" : percent >= 0.7 ? "\"B\"" : "null";
            results.append(i == 0 ? "" : ", ")
                    .append("{\"username\": \"learner")
                    .append(Math.round(percent * 1000))
                    .append("\", \"email\": \"\", \"course_id\": \"")
                    .append(COURSE)
                    .append("\", \"passed\": ")
                    .append(percent >= 0.5)
                    .append(", \"percent\": ")
                    .append(percent)
                    .append(", \"letter_grade\": ")
                    .append(letter)
                    .append('}');
        }
        String link = next == null
                ? "null"
                : "\"http://lms.example.com" + LMS_GRADES + "?cursor=" + next + "&page_size=100\"";
        return "{\"next\": " + link + ", \"previous\": null, \"results\": [" + results + "]}";
    }

    @Test
    void withoutASettingOrInstructorV2TheDashboardUrlIsA404NamingTheSettingAndCallsNothing() {
        HttpResponse<String> answer = send("GET", ANALYTICS + "dashboard_url");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).contains("ANALYTICS_DASHBOARD_URL");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void theSummaryComposesSectionsModesEnrollmentAndCutoffsInParallelCalls() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ANALYTICS + "summary");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("source").asString()).isEqualTo("composed");
        assertThat(body.path("num_sections").asInt()).isEqualTo(3);
        assertThat(body.path("total_enrollment").asInt()).isEqualTo(4);
        assertThat(body.path("enrollment_modes").valueStream().map(JsonNode::asString))
                .containsExactly("audit", "honor", "verified");
        assertThat(body.path("grade_cutoffs").path("A").asDouble()).isEqualTo(0.9);
        assertThat(body.has("warnings")).isFalse();

        LoggedRequest blocks =
                received(getRequestedFor(urlPathEqualTo(LMS_BLOCKS))).get(0);
        assertThat(blocks.queryParameter("course_id").firstValue()).isEqualTo(COURSE);
        assertThat(blocks.queryParameter("all_blocks").firstValue()).isEqualTo("true");
        assertThat(blocks.queryParameter("block_types_filter").firstValue()).isEqualTo("chapter");
        assertThat(blocks.getHeader("Authorization")).isEqualTo("JWT " + token);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_GRADEBOOK)).withQueryParam("page_size", equalTo("1"))))
                .hasSize(1);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_GRADING_INFO)))).hasSize(1);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_COURSE_MODES)))).hasSize(1);
    }

    @Test
    void theSectionCountIsKeptBetweenSummaries() {
        send("GET", ANALYTICS + "summary");
        HttpResponse<String> again = send("GET", ANALYTICS + "summary");

        assertThat(json(again).path("num_sections").asInt()).isEqualTo(3);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_BLOCKS)))).hasSize(1);
    }

    @Test
    void theSummarysFourServicesAreAskedInParallel() {
        send("GET", ANALYTICS + "summary");
        caches.invalidate(ReadCache.COURSE_SECTIONS, COURSE);
        for (String path : List.of(LMS_BLOCKS, LMS_COURSE_MODES, LMS_GRADEBOOK, LMS_GRADING_INFO)) {
            stub(get(urlPathEqualTo(path))
                    .willReturn(okJson("{\"total_users_count\": 9, \"grade_cutoffs\": {}}")
                            .withFixedDelay(500)));
        }

        Instant start = Instant.now();
        HttpResponse<String> answer = send("GET", ANALYTICS + "summary");
        Duration took = Duration.between(start, Instant.now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("total_enrollment").asInt()).isEqualTo(9);
        assertThat(took).isLessThan(Duration.ofMillis(1_500));
    }

    @Test
    void aGradebookTheLmsRefusesLeavesTheSummaryWithAWarning() {
        stub(get(urlPathEqualTo(LMS_GRADEBOOK))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"developer_message\": \"The writable gradebook feature is not enabled for this"
                                + " course.\", \"error_code\": \"feature_not_enabled\"}")));

        HttpResponse<String> answer = send("GET", ANALYTICS + "summary");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.has("total_enrollment")).isFalse();
        assertThat(body.path("num_sections").asInt()).isEqualTo(3);
        assertThat(body.path("warnings").get(0).asString()).startsWith("total_enrollment is missing");
    }

    @Test
    void aFailingCourseBlocksServiceFailsTheSummaryWithA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_BLOCKS)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ANALYTICS + "summary");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("course-blocks");
    }

    @Test
    void engagementPassesThePageAndOrderToTheDiscussionApiAndTotalsThePage() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ANALYTICS + "engagement?page_size=10&order_by=flagged");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(5);
        assertThat(body.path("results").findValuesAsString("username"))
                .containsExactly("instructor", "ada", "alan", "grace", "katherine");
        assertThat(body.path("page_totals").path("threads").asInt()).isEqualTo(16);
        assertThat(body.path("page_totals").path("active_flags").asInt()).isEqualTo(3);

        LoggedRequest call =
                received(getRequestedFor(urlPathEqualTo(LMS_ACTIVITY))).get(0);
        assertThat(call.getUrl()).isEqualTo(LMS_ACTIVITY + "?page=1&page_size=10&order_by=flagged");
        assertThat(call.getHeader("Authorization")).isEqualTo("JWT " + token);
    }

    @Test
    void engagementCountsComeFromTheDiscussionApisPagination() {
        stub(get(urlPathEqualTo(LMS_ACTIVITY))
                .willReturn(okJson("{\"pagination\": {\"count\": 45, \"num_pages\": 5, \"next\": null,"
                        + " \"previous\": null}, \"results\": [{\"username\": \"ada\", \"threads\": 2}]}")));

        JsonNode body = json(send("GET", ANALYTICS + "engagement?page=2&page_size=10"));

        assertThat(body.path("count").asInt()).isEqualTo(45);
        assertThat(body.path("num_pages").asInt()).isEqualTo(5);
        assertThat(body.path("current_page").asInt()).isEqualTo(2);
        assertThat(body.path("page_totals").path("threads").asInt()).isEqualTo(2);
    }

    @Test
    void anUnknownEngagementOrderIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("GET", ANALYTICS + "engagement?order_by=popularity");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).contains("order_by=popularity");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingDiscussionServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_ACTIVITY)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ANALYTICS + "engagement");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("discussion");
    }

    @Test
    void performanceAggregatesTheStandInsGrades() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ANALYTICS + "performance");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("learners").asInt()).isEqualTo(4);
        assertThat(body.path("passed").asInt()).isEqualTo(3);
        assertThat(body.path("pass_rate").asDouble()).isEqualTo(0.75);
        assertThat(body.path("mean_percent").asDouble()).isEqualTo(0.74);
        assertThat(body.path("letter_grades").path("A").asInt()).isEqualTo(1);
        assertThat(body.path("letter_grades").path("B").asInt()).isEqualTo(2);
        assertThat(body.path("without_letter_grade").asInt()).isEqualTo(1);
        assertThat(body.path("histogram")
                        .valueStream()
                        .map(bucket -> bucket.path("learners").asInt()))
                .containsExactly(0, 0, 0, 0, 1, 0, 0, 1, 1, 1);
        assertThat(body.path("complete").asBoolean()).isTrue();

        LoggedRequest call =
                received(getRequestedFor(urlPathEqualTo(LMS_GRADES))).get(0);
        assertThat(call.getUrl()).isEqualTo(LMS_GRADES + "?page_size=100");
        assertThat(call.getHeader("Authorization")).isEqualTo("JWT " + token);
    }

    @Test
    void performanceFollowsTheLmsCursorPageAfterPageAndFoldsThemAll() {
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", absent())
                .willReturn(okJson(gradesPage("cD0x", 0.95, 0.05))));
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", equalTo("cD0x"))
                .willReturn(okJson(gradesPage("cD0y%3D", 0.7, 0.3))));
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", equalTo("cD0y="))
                .willReturn(okJson(gradesPage(null, 1.0))));

        JsonNode body = json(send("GET", ANALYTICS + "performance"));

        assertThat(body.path("learners").asInt()).isEqualTo(5);
        assertThat(body.path("passed").asInt()).isEqualTo(3);
        assertThat(body.path("mean_percent").asDouble()).isEqualTo(0.6);
        assertThat(body.path("histogram")
                        .valueStream()
                        .map(bucket -> bucket.path("learners").asInt()))
                .containsExactly(1, 0, 0, 1, 0, 0, 0, 1, 0, 2);
        assertThat(body.path("pages_read").asInt()).isEqualTo(3);
        assertThat(body.path("complete").asBoolean()).isTrue();
        assertThat(body.has("warnings")).isFalse();
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_GRADES))).stream()
                        .map(LoggedRequest::getUrl))
                .containsExactly(
                        LMS_GRADES + "?page_size=100",
                        LMS_GRADES + "?page_size=100&cursor=cD0x",
                        LMS_GRADES + "?page_size=100&cursor=cD0y%3D");
    }

    @Test
    void aGradesPageFailingHalfwayFailsThePerformanceWithA502NamingTheGradesService() {
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", absent())
                .willReturn(okJson(gradesPage("cD0x", 0.95))));
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", equalTo("cD0x"))
                .willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ANALYTICS + "performance");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("grades");
    }

    @Test
    void enrollmentStatsCountActiveEnrollmentsByModeOverTheLmsPages() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ANALYTICS + "enrollment_stats");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("source").asString()).isEqualTo("enrollment");
        assertThat(body.path("enrollment_counts").path("audit").asInt()).isEqualTo(2);
        assertThat(body.path("enrollment_counts").path("verified").asInt()).isEqualTo(2);
        assertThat(body.path("enrollment_counts").path("total").asInt()).isEqualTo(4);
        assertThat(body.path("inactive_enrollments").asInt()).isEqualTo(1);
        assertThat(body.path("pages_read").asInt()).isEqualTo(2);
        assertThat(body.path("complete").asBoolean()).isTrue();

        List<LoggedRequest> calls = received(getRequestedFor(urlPathEqualTo(LMS_ENROLLMENTS)));
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0).getUrl())
                .isEqualTo(LMS_ENROLLMENTS + "?course_id=course-v1%3AOpenedX%2BDemoX%2BDemo_Course&page_size=100");
        assertThat(calls.get(1).queryParameter("cursor").firstValue())
                .isEqualTo("cD0yMDI0LTAxLTIyKzE3JTNBNDglM0EwMyUyQjAwJTNBMDA=");
        assertThat(calls.get(1).getHeader("Authorization")).isEqualTo("JWT " + token);
    }

    @Test
    void enrollmentStatsPassTheLmsRefusalOfCourseStaffThroughNamingTheService() {
        stub(get(urlPathMatching(LMS_ENROLLMENTS + "/?"))
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\": \"You do not have permission to perform this action.\"}")));

        HttpResponse<String> answer = send("GET", ANALYTICS + "enrollment_stats");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("backend").asString()).isEqualTo("enrollment");
        assertThat(json(answer).path("detail").asString()).contains("permission");
    }

    @Test
    void aLearnerGets403FromEveryAnalyticsEndpointAndNothingIsCalled() {
        List<String> endpoints = List.of("dashboard_url", "summary", "engagement", "performance", "enrollment_stats");

        List<HttpResponse<String>> answers = endpoints.stream()
                .map(endpoint -> getAs(learnerToken(), ANALYTICS + endpoint))
                .toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(403);
        assertThat(answers).extracting(HttpResponse::body).noneMatch(body -> body.contains("verified"));
        assertThat(calledPaths()).isEmpty();
    }
}
