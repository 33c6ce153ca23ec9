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
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * With reads retried, as in production, the changes the ORA, bulk email and data export handlers make still reach
 * their service once when it fails: a queued report, a rubric grade or a cancelled schedule is never sent twice
 * behind the caller's back. A failing read is retried here, which shows the retries are on.
 */
class NativeChangesAreSentOnceTest extends RetriedReadsHarness {

    private static final String ORA = OraReadHandlersTest.ORA;
    private static final String INITIALIZE = OraReadHandlersTest.INITIALIZE;
    private static final String GRADE = "/api/ora_staff_grader/submission/grade";
    private static final String REPORT = "/courses/" + COURSE + "/instructor/api/problem_grade_report";
    private static final String SCHEDULE = "/api/instructor_task/v1/schedules/" + COURSE + "/bulk_email/5";

    /** A failing answer that wins over the stand-in's recordings for this test only. */
    private void failing(MappingBuilder mapping) {
        stub(mapping.willReturn(serverError()));
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

        HttpResponse<String> answer = sendJson(
                "POST",
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
                sendJson("POST", UNIFIED + COURSE + "/data_downloads", "{\"report_type\": \"problem_grade\"}");

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
