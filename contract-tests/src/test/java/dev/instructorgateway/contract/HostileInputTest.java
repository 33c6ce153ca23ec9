package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input crafted to reach what it should not: each is refused with a 4xx problem before anything is called, and no
 * path parameter can send a request to another host. Also the CORS policy: the configured dashboard origin may
 * call with credentials, any other origin gets nothing it could use.
 */
class HostileInputTest extends GatewayOnStandInTest {

    private static final String COURSE_PATH = UNIFIED + COURSE;

    static Stream<Arguments> hostilePaths() {
        return Stream.of(
                Arguments.of("a dot-dot segment", COURSE_PATH + "/../../../admin", 400),
                Arguments.of("encoded dots", COURSE_PATH + "/%2e%2e/%2e%2e/admin", 400),
                Arguments.of("an encoded dot-dot in a parameter", COURSE_PATH + "/students/%2E%2E/delete_state", 400),
                Arguments.of(
                        "an encoded slash in a parameter", COURSE_PATH + "/students/ada%2Fother/delete_state", 400),
                Arguments.of(
                        "an encoded line break in a parameter", COURSE_PATH + "/students/ada%0d%0aX-Evil:%201", 400),
                Arguments.of(
                        "an encoded line break in the query", COURSE_PATH + "/cohorts?page=1%0d%0aX-Evil:%201", 400),
                Arguments.of("a backslash", COURSE_PATH + "/students/ada%5C..%5Cadmin", 400),
                Arguments.of(
                        "an over-long parameter", COURSE_PATH + "/students/" + "a".repeat(300) + "/delete_state", 400),
                Arguments.of("an over-long course key", UNIFIED + "course-v1:" + "A".repeat(300) + "+B+C/cohorts", 400),
                Arguments.of("a course key that is a URL", UNIFIED + "http:%2F%2Fevil.example.com/cohorts", 400),
                Arguments.of("a course key with a host", UNIFIED + "@evil.example.com/cohorts", 400),
                Arguments.of("an over-long query value", COURSE_PATH + "/cohorts?name=" + "a".repeat(2_100), 400),
                Arguments.of("a NUL byte", COURSE_PATH + "/students/ada%00", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostilePaths")
    void isRefusedBeforeAnythingIsCalled(String description, String rawPath, int status) {
        HttpResponse<String> answer = send("POST", rawPath);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void aUsernameThatLooksLikeAHostStaysAPathSegmentOfTheLms() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(COURSE_PATH + "/students/@evil.example.com"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"problem_id\": \"block-v1:OpenedX+DemoX+Demo_Course"
                        + "+type@problem+block@d1b2f3a4e5\"}")));

        assertThat(answer.statusCode()).isLessThan(500);
        assertThat(lmsReceived())
                .allSatisfy(request -> assertThat(
                                URI.create(request.getAbsoluteUrl()).getHost())
                        .isEqualTo("127.0.0.1"));
    }

    @Test
    void theDashboardOriginMayCallWithCredentials() {
        HttpResponse<String> preflight = sendRaw(HttpRequest.newBuilder(uri(COURSE_PATH + "/cohorts"))
                .header("Origin", DASHBOARD_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type, x-csrftoken")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> call = send(HttpRequest.newBuilder(uri(COURSE_PATH + "/cohorts"))
                .header("Origin", DASHBOARD_ORIGIN)
                .GET());

        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(DASHBOARD_ORIGIN);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .hasValue("true");
        assertThat(call.statusCode()).isEqualTo(200);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).hasValue(DASHBOARD_ORIGIN);
    }

    @Test
    void anotherOriginGetsNoCorsGrant() {
        HttpResponse<String> preflight = sendRaw(HttpRequest.newBuilder(uri(COURSE_PATH + "/cohorts"))
                .header("Origin", "https://evil.example.com")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> call = send(HttpRequest.newBuilder(uri(COURSE_PATH + "/cohorts"))
                .header("Origin", "https://evil.example.com")
                .GET());

        assertThat(preflight.statusCode()).isEqualTo(403);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .isEmpty();
        assertThat(call.statusCode()).isEqualTo(403);
        assertThat(call.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(call.body()).doesNotContain("Default Group");
    }
}
