package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The analytics settings at work: the Insights URL the dashboard link is built from, and the page limits that
 * keep one answer from reading a whole large course.
 */
class AnalyticsSettingsTest extends NativeHandlerTest {

    private static final String ANALYTICS = AnalyticsHandlersTest.ANALYTICS;
    private static final String LMS_GRADES = AnalyticsHandlersTest.LMS_GRADES;

    @DynamicPropertySource
    static void analyticsSettings(DynamicPropertyRegistry registry) {
        registry.add("gateway.analytics.dashboard-url", () -> "https://insights.example.com/");
        registry.add("gateway.analytics.max-grade-pages", () -> "2");
        registry.add("gateway.analytics.max-enrollment-pages", () -> "1");
    }

    @Test
    void theDashboardUrlIsBuiltFromTheSettingAsTheLmsBuildsItWithoutCallingIt() {
        HttpResponse<String> answer = send("GET", ANALYTICS + "dashboard_url");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("dashboard_url").asString())
                .isEqualTo("https://insights.example.com/courses/" + COURSE);
        assertThat(json(answer).path("source").asString()).isEqualTo("setting");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void performanceStopsAtThePageLimitAndSaysItsFiguresAreIncomplete() {
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", absent())
                .willReturn(okJson(AnalyticsHandlersTest.gradesPage("cD0x", 0.95, 0.05))));
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", equalTo("cD0x"))
                .willReturn(okJson(AnalyticsHandlersTest.gradesPage("cD0y", 0.7))));
        stub(get(urlPathEqualTo(LMS_GRADES))
                .withQueryParam("cursor", equalTo("cD0y"))
                .willReturn(okJson(AnalyticsHandlersTest.gradesPage(null, 1.0))));

        HttpResponse<String> answer = send("GET", ANALYTICS + "performance");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("learners").asInt()).isEqualTo(3);
        assertThat(body.path("pages_read").asInt()).isEqualTo(2);
        assertThat(body.path("complete").asBoolean()).isFalse();
        assertThat(body.path("warnings").get(0).asString()).contains("ANALYTICS_MAX_GRADE_PAGES");
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_GRADES)))).hasSize(2);
    }

    @Test
    void enrollmentStatsStopAtTheirPageLimitAndSaySo() {
        HttpResponse<String> answer = send("GET", ANALYTICS + "enrollment_stats");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("enrollment_counts").path("total").asInt()).isEqualTo(2);
        assertThat(body.path("complete").asBoolean()).isFalse();
        assertThat(body.path("warnings").get(0).asString()).contains("ANALYTICS_MAX_ENROLLMENT_PAGES");
        assertThat(received(getRequestedFor(urlPathEqualTo(AnalyticsHandlersTest.LMS_ENROLLMENTS))))
                .hasSize(1);
    }
}
