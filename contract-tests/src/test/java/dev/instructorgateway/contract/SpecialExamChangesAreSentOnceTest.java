package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * With reads retried, as in production, the special-exam changes that fail are still sent once: proctoring's reset
 * and bulk allowance, and Studio's settings. A failing read is retried here, which shows retries are on.
 */
class SpecialExamChangesAreSentOnceTest extends RetriedReadsHarness {

    private static final String EXAMS = UNIFIED + COURSE + "/special_exams";
    private static final String PROCTORING = "/api/edx_proctoring/v1/proctored_exam";
    private static final String STUDIO = "/api/contentstore/v1/proctored_exam_settings/" + COURSE;

    @Test
    void aFailingReadIsRetried() {
        stub(get(urlPathEqualTo(PROCTORING + "/exam/course_id/" + COURSE)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", EXAMS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(getRequestedFor(urlPathEqualTo(PROCTORING + "/exam/course_id/" + COURSE))))
                .hasSizeGreaterThan(1);
    }

    @Test
    void aFailingResetIsSentOnce() {
        String reset = PROCTORING + "/exam_id/7/user_id/11/reset_attempts";
        stub(delete(urlPathEqualTo(reset)).willReturn(serverError()));

        HttpResponse<String> answer = send("POST", EXAMS + "/7/reset/ada");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(deleteRequestedFor(urlPathEqualTo(reset)))).hasSize(1);
    }

    @Test
    void aFailingAllowanceIsSentOnce() {
        String bulk = PROCTORING + "/" + COURSE + "/bulk_allowance";
        stub(put(urlPathEqualTo(bulk)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson(
                "POST",
                EXAMS + "/7/allowance",
                "{\"user_ids\": [\"ada\"], \"allowance_type\": \"additional_time_granted\", \"value\": 15}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(putRequestedFor(urlPathEqualTo(bulk)))).hasSize(1);
    }

    @Test
    void aFailingSettingsChangeIsSentOnce() {
        stub(post(urlPathEqualTo(STUDIO)).willReturn(serverError()));

        HttpResponse<String> answer =
                sendJson("PUT", UNIFIED + COURSE + "/proctoring_settings", "{\"enable_proctored_exams\": false}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(received(postRequestedFor(urlPathEqualTo(STUDIO)))).hasSize(1);
    }
}
