package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Expensive actions are limited per caller and per route: two grade reports per three seconds here. What is
 * checked is what the LMS received, so a limit that let a third request through would show.
 */
abstract class ExpensiveActionRateLimitTest extends GatewayHarness {

    static final String GRADE_REPORT = UNIFIED + COURSE + "/data_downloads/grade_report";
    static final String LMS_GRADE_REPORT = "/courses/" + COURSE + "/instructor/api/calculate_grades_csv";
    static final String REPORT_LIST = UNIFIED + COURSE + "/data_downloads";

    private StubMapping reportQueued;

    static void limitGradeReports(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks", () -> SharedStandIn.tokens().publicJwks());
        registry.add("gateway.rate-limit.routes", () -> "data-export.grade-report.create");
        registry.add("gateway.rate-limit.requests", () -> "2");
        registry.add("gateway.rate-limit.period", () -> "3s");
    }

    @BeforeEach
    void lmsQueuesReports() {
        reportQueued = lms().stubFor(post(urlPathEqualTo(LMS_GRADE_REPORT))
                .atPriority(1)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"status\": \"The grade report is being created.\"}")));
    }

    @AfterEach
    void removeStub() {
        lms().removeStub(reportQueued);
    }

    @Test
    void theThirdReportWithinThePeriodIsRefusedWith429AndNeverReachesTheLms() {
        List<HttpResponse<String>> answers =
                IntStream.range(0, 3).mapToObj(i -> gradeReport("grace")).toList();

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(202, 202, 429);
        HttpResponse<String> refused = answers.get(2);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(refused.body())
                .contains("\"status\":429")
                .contains("too-many-requests")
                .contains("data-export.grade-report.create");
        assertThat(lms().findAll(postRequestedFor(urlPathEqualTo(LMS_GRADE_REPORT))))
                .hasSize(2);
    }

    @Test
    void anotherCallerAndAnotherRouteKeepTheirOwnAllowance() {
        gradeReport("katherine");
        gradeReport("katherine");
        int katherineAgain = gradeReport("katherine").statusCode();

        int edsger = gradeReport("edsger").statusCode();
        int listAsKatherine = sendRaw(HttpRequest.newBuilder(uri(REPORT_LIST))
                        .header("Authorization", "JWT " + SharedStandIn.tokens().token("katherine"))
                        .GET())
                .statusCode();

        assertThat(katherineAgain).isEqualTo(429);
        assertThat(edsger).isEqualTo(202);
        assertThat(listAsKatherine).isEqualTo(200);
    }

    @Test
    void theAllowanceComesBackOverThePeriod() throws InterruptedException {
        gradeReport("barbara");
        gradeReport("barbara");
        int atOnce = gradeReport("barbara").statusCode();

        Thread.sleep(1_600);
        int afterHalfThePeriod = gradeReport("barbara").statusCode();

        assertThat(atOnce).isEqualTo(429);
        assertThat(afterHalfThePeriod).isEqualTo(202);
    }

    HttpResponse<String> gradeReport(String caller) {
        return sendRaw(HttpRequest.newBuilder(uri(GRADE_REPORT))
                .header("Authorization", "JWT " + SharedStandIn.tokens().token(caller))
                .POST(HttpRequest.BodyPublishers.noBody()));
    }
}
