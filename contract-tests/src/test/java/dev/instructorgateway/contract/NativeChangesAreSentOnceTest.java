package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With reads retried, as in production, the changes the ORA, bulk email and data export handlers make still reach
 * their service once when it fails: a queued report, a rubric grade or a cancelled schedule is never sent twice
 * behind the caller's back. A failing read is retried here, which shows the retries are on.
 */
class NativeChangesAreSentOnceTest extends GatewayHarness {

    private static final String ORA = OraReadHandlersTest.ORA;
    private static final String INITIALIZE = OraReadHandlersTest.INITIALIZE;
    private static final String GRADE = "/api/ora_staff_grader/submission/grade";
    private static final String REPORT = "/courses/" + COURSE + "/instructor/api/problem_grade_report";
    private static final String SCHEDULE = "/api/instructor_task/v1/schedules/" + COURSE + "/bulk_email/5";

    private final List<MappingBuilder> added = new ArrayList<>();

    @DynamicPropertySource
    static void readsAreRetried(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.backends.retries.attempts", () -> "2");
        registry.add("gateway.backends.retries.first-backoff", () -> "10ms");
        registry.add("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", () -> "1000");
    }

    @AfterEach
    void removeStubs() {
        added.forEach(stub -> lms().removeStub(stub));
    }

    /** A failing answer that wins over the stand-in's recordings for this test only. */
    private void failing(MappingBuilder mapping) {
        MappingBuilder stub = mapping.atPriority(1).willReturn(serverError());
        lms().stubFor(stub);
        added.add(stub);
    }

    private HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static List<LoggedRequest> received(RequestPatternBuilder pattern) {
        return lms().findAll(pattern);
    }

    @Test
    void aFailingReadIsRetried() {
        failing(get(urlPathEqualTo(INITIALIZE)));

        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/ora/" + ORA);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(getRequestedFor(urlPathEqualTo(INITIALIZE)))).hasSize(3);
    }

    @Test
    void aFailingGradeIsSentOnce() {
        failing(post(urlPathEqualTo(GRADE)));

        HttpResponse<String> answer = postJson(
                UNIFIED + COURSE + "/ora/" + ORA + "/submissions/" + OraReadHandlersTest.ADA + "/override_grade",
                "{\"criteria\": [{\"name\": \"ideas\", \"selected_option\": \"good\"}]}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(postRequestedFor(urlPathEqualTo(GRADE)))).hasSize(1);
        assertThat(received(postRequestedFor(urlPathEqualTo("/api/ora_staff_grader/submission/lock"))))
                .hasSize(1);
    }

    @Test
    void aFailingReportRequestIsSentOnce() {
        failing(post(urlPathEqualTo(REPORT)));

        HttpResponse<String> answer =
                postJson(UNIFIED + COURSE + "/data_downloads", "{\"report_type\": \"problem_grade\"}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(postRequestedFor(urlPathEqualTo(REPORT)))).hasSize(1);
    }

    @Test
    void aFailingCancelIsSentOnce() {
        failing(delete(urlPathEqualTo(SCHEDULE)));

        HttpResponse<String> answer = send("DELETE", UNIFIED + COURSE + "/bulk_email/43");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(deleteRequestedFor(urlPathEqualTo(SCHEDULE)))).hasSize(1);
    }
}
