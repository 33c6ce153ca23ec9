package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Credentials reach the legacy views as the client sent them, and Django's CSRF protection keeps working for
 * browsers that authenticate with cookies.
 */
class LegacyCredentialsTest extends GatewayOnStandInTest {

    private static final String ENROLL = UNIFIED + COURSE + "/enrollment";
    private static final String ENROLL_BODY = "{\"identifiers\": [\"ada\"]}";
    private static final Pattern CSRF_COOKIE = Pattern.compile("(?:^|; )csrftoken=([A-Za-z0-9]+)");

    @Test
    void aJwtHeaderIsForwardedAndNeedsNoCsrfToken() {
        HttpResponse<String> answer = send(post(ENROLL, ENROLL_BODY).header("Authorization", "JWT aaa.bbb.ccc"));

        LoggedRequest received = lmsReceived().get(0);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received.getHeader("Authorization")).isEqualTo("JWT aaa.bbb.ccc");
        assertThat(received.containsHeader("X-CSRFToken")).isFalse();
        assertThat(received.containsHeader("Origin")).isFalse();
    }

    @Test
    void aSessionCookieChangeWithItsTokenReachesTheLmsWithTheLmsOrigin() {
        HttpResponse<String> answer = send(post(ENROLL, ENROLL_BODY)
                .header("Cookie", "sessionid=s3ss10n; csrftoken=T0kenValue")
                .header("X-CSRFToken", "T0kenValue")
                .header("Origin", "https://dashboard.example.com"));

        LoggedRequest received = lmsReceived().get(0);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received.getHeader("X-CSRFToken")).isEqualTo("T0kenValue");
        assertThat(received.getHeader("Cookie")).isEqualTo("sessionid=s3ss10n; csrftoken=T0kenValue");
        assertThat(received.getHeader("Origin")).isEqualTo(SharedStandIn.get().baseUrl());
        assertThat(received.getHeader("Referer")).isEqualTo(SharedStandIn.get().baseUrl() + "/");
    }

    @Test
    void aCookieChangeWithoutItsTokenIsRefusedBeforeTheLms() {
        HttpResponse<String> answer =
                send(post(ENROLL, ENROLL_BODY).header("Cookie", "sessionid=s3ss10n; csrftoken=T0ken"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.body()).contains("urn:instructor-gateway:problem:csrf-refused");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void aJwtCookieChangeWithAWrongTokenIsRefused() {
        HttpResponse<String> answer = send(post(ENROLL, ENROLL_BODY)
                .header("Cookie", "edx-jwt-cookie-header-payload=h.p; edx-jwt-cookie-signature=s; csrftoken=one")
                .header("X-CSRFToken", "another"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void aCookieReadTheGatewayPostsGetsAFreshTokenPair() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(UNIFIED + COURSE + "/roles/staff/members"))
                .header("Cookie", "sessionid=s3ss10n; csrftoken=stale")
                .GET());

        LoggedRequest received = lmsReceived().get(0);
        Matcher cookie = CSRF_COOKIE.matcher(received.getHeader("Cookie"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received.getMethod().value()).isEqualTo("POST");
        assertThat(cookie.find()).isTrue();
        assertThat(cookie.group(1)).hasSize(32).isNotEqualTo("stale");
        assertThat(received.getHeader("X-CSRFToken")).isEqualTo(cookie.group(1));
        assertThat(received.getHeader("Cookie")).startsWith("sessionid=s3ss10n; ");
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
