package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

/**
 * What an operator sees on the management port after real traffic: the route timer tagged by route, domain and
 * how the route is served; backend, circuit, bulkhead, retry, cache and rate-limit meters; no course key in any
 * tag; every metric the Grafana dashboard and the alert rules query; and the health groups, readiness following
 * the LMS's heartbeat.
 */
class ObservabilityTest extends GatewayOnStandInTest {

    private static final Path CHART_FILES = Path.of("..", "helm", "instructor-gateway", "files");
    private static final Pattern SELECTED_METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static final Pattern LABEL_VALUES_METRIC = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)");

    @LocalManagementPort
    int managementPort;

    @Test
    void routeTimerCarriesRouteDomainAndHowItWasServed() {
        send("GET", UNIFIED + COURSE + "/cohorts");
        send("GET", UNIFIED + COURSE + "/instructor_tasks");
        send("GET", "/courses/" + COURSE + "/instructor");

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern(routeSeries("cohorts.list", "cohorts", "native"))
                .containsPattern(routeSeries("course-info.instructor-tasks.list", "course-info", "legacy"))
                .containsPattern(routeSeries("lms.pass-through", "none", "pass-through"));
        assertThat(metrics)
                .containsPattern(
                        "spring_cloud_gateway_requests_seconds_bucket\\{[^}]*routeId=\"cohorts.list\"[^}]*le=\"1.0\"}");
        assertThat(metrics)
                .as("tag values are catalogue ids, never raw paths or course keys")
                .doesNotContain("course-v1:")
                .doesNotContain("DemoX");
    }

    @Test
    void backendAndResilienceMetersAppearWithTheirTags() {
        send("GET", UNIFIED + COURSE + "/cohorts");

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern("gateway_backend_calls_seconds_count\\{backend=\"cohorts\",outcome=\"ok\"[^}]*} [1-9]")
                .containsPattern("gateway_backend_calls_seconds_count\\{backend=\"enrollment\",outcome=\"ok\"")
                .containsPattern(
                        "resilience4j_circuitbreaker_state\\{[^}]*name=\"lms-legacy\"[^}]*state=\"closed\"[^}]*} 1.0")
                .containsPattern("resilience4j_bulkhead_available_concurrent_calls\\{[^}]*name=\"cohorts\"")
                .containsPattern("gateway_backend_retries_total\\{backend=\"cohorts\"")
                .containsPattern("cache_gets_total\\{cache=\"course-roles\"[^}]*result=\"(hit|miss)\"")
                .containsPattern("gateway_rate_limit_refusals_total\\{route=\"data-export.grade-report.create\"");
    }

    @Test
    void legacyAndPassThroughRoutesUseAFixedPoolWithMetrics() {
        send("GET", UNIFIED + COURSE + "/instructor_tasks");
        send("GET", "/courses/" + COURSE + "/instructor");

        String metrics = scrape();

        assertThat(metrics)
                .containsPattern(
                        "reactor_netty_connection_provider_max_connections\\{[^}]*name=\"lms-proxy\"[^}]*} 100.0")
                .containsPattern("reactor_netty_connection_provider_idle_connections\\{[^}]*name=\"lms-proxy\"");
    }

    @Test
    void everyMetricTheDashboardAndTheAlertRulesQueryExists() throws IOException {
        send("GET", UNIFIED + COURSE + "/cohorts");
        send("GET", UNIFIED + COURSE + "/instructor_tasks");
        send("GET", "/courses/" + COURSE + "/instructor");
        String metrics = scrape();

        Set<String> queried = new TreeSet<>();
        queried.addAll(metricNames(Files.readString(CHART_FILES.resolve("dashboard.json"))));
        queried.addAll(metricNames(Files.readString(CHART_FILES.resolve("alert-rules.yaml"))));

        assertThat(queried)
                .as("the files query something")
                .contains("spring_cloud_gateway_requests_seconds_bucket", "resilience4j_circuitbreaker_state");
        assertThat(queried)
                .allSatisfy(name -> assertThat(metrics)
                        .as("metric %s, queried by the dashboard or an alert rule", name)
                        .containsPattern("(?m)^" + Pattern.quote(name) + "[{ ]"));
    }

    @Test
    void readinessFollowsTheLmsHeartbeatWhileLivenessDoesNot() {
        HttpResponse<String> ready = management("/actuator/health/readiness");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(ready.body()).contains("\"lms\"").contains("\"UP\"");

        MappingBuilder down = get(urlPathEqualTo("/heartbeat"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(503));
        lms().stubFor(down);
        try {
            HttpResponse<String> notReady = management("/actuator/health/readiness");
            HttpResponse<String> alive = management("/actuator/health/liveness");

            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"DOWN\"").contains("\"status\":503");
            assertThat(alive.statusCode()).isEqualTo(200);
        } finally {
            lms().removeStub(down);
        }
    }

    @Test
    void theApiPortServesNoActuator() {
        HttpResponse<String> answer = send("GET", "/actuator/prometheus");

        assertThat(answer.body()).doesNotContain("jvm_memory");
    }

    private static String routeSeries(String routeId, String domain, String servedBy) {
        return "spring_cloud_gateway_requests_seconds_count\\{(?=[^}]*domain=\"" + Pattern.quote(domain) + "\")"
                + "(?=[^}]*routeId=\"" + Pattern.quote(routeId) + "\")"
                + "(?=[^}]*served_by=\"" + Pattern.quote(servedBy) + "\")[^}]*} [1-9]";
    }

    private static Set<String> metricNames(String text) {
        Set<String> names = new TreeSet<>();
        for (Pattern pattern : new Pattern[] {SELECTED_METRIC, LABEL_VALUES_METRIC}) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private String scrape() {
        return management("/actuator/prometheus").body();
    }

    private HttpResponse<String> management(String path) {
        return sendRaw(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + path))
                .GET());
    }
}
