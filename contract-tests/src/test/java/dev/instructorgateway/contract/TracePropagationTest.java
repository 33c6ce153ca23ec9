package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * A W3C {@code traceparent} the client sends reaches every call made for it, in the same trace: the services a
 * native handler composes, the legacy view a route is forwarded to, and the LMS behind the pass-through; and the
 * gateway's log lines for the request carry the trace id, its warnings included.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "logging.level.dev.instructorgateway.gateway.backends.BackendClient=DEBUG")
class TracePropagationTest extends GatewayOnStandInTest {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE + "-00f067aa0ba902b7-01";
    private static final String LMS_ENROLL = "/courses/" + COURSE + "/instructor/api/students_update_enrollment";

    @Test
    void nativeHandlerCallsCarryTheClientsTraceAndTheLogNamesIt(CapturedOutput output) {
        HttpResponse<String> answer = traced(UNIFIED + COURSE + "/cohorts");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(tracesOf("/api/cohorts/v1/courses/" + COURSE + "/cohorts/")).allMatch(this::inTheClientsTrace);
        assertThat(output.getOut().lines().filter(line -> line.contains("[cohorts] GET")))
                .isNotEmpty()
                .allMatch(line -> line.contains(TRACE));
    }

    @Test
    void legacyAndPassThroughCallsCarryTheClientsTrace() {
        traced(UNIFIED + COURSE + "/instructor_tasks");
        traced("/courses/" + COURSE + "/instructor");

        assertThat(tracesOf("/api/instructor/v1/tasks/" + COURSE)).hasSize(1).allMatch(this::inTheClientsTrace);
        assertThat(tracesOf("/courses/" + COURSE + "/instructor")).hasSize(1).allMatch(this::inTheClientsTrace);
    }

    @Test
    void theLogLineOfAnLmsThatCouldNotBeReachedNamesTheTrace(CapturedOutput output) {
        stub(post(urlPathEqualTo(LMS_ENROLL)).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(UNIFIED + COURSE + "/enrollment"))
                .header("traceparent", TRACEPARENT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"identifiers\": [\"ada\"]}")));

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(output.getOut().lines().filter(line -> line.contains("could not be reached")))
                .isNotEmpty()
                .allMatch(line -> line.contains(TRACE));
    }

    private HttpResponse<String> traced(String path) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("traceparent", TRACEPARENT)
                .GET());
    }

    private static List<String> tracesOf(String lmsPath) {
        return lms().findAll(getRequestedFor(urlPathEqualTo(lmsPath))).stream()
                .map(LoggedRequest.class::cast)
                .map(request -> String.valueOf(request.getHeader("traceparent")))
                .toList();
    }

    private boolean inTheClientsTrace(String traceparent) {
        return traceparent.startsWith("00-" + TRACE + "-") && !traceparent.equals(TRACEPARENT);
    }
}
