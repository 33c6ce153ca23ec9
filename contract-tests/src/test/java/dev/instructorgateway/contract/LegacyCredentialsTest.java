package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The caller's own credentials reach the legacy views in the form the LMS reads, and Django's CSRF protection
 * keeps working for browsers that authenticate with the JWT cookie pair.
 */
class LegacyCredentialsTest extends GatewayOnStandInTest {

    private static final String ENROLL = UNIFIED + COURSE + "/enrollment";
    private static final String ENROLL_BODY = "{\"identifiers\": [\"ada\"]}";
    private static final Pattern CSRF_COOKIE = Pattern.compile("(?:^|; )csrftoken=([A-Za-z0-9]+)");

    @Test
    void aJwtHeaderIsForwardedAsSentAndNeedsNoCsrfToken() {
        String token = instructorToken();

        HttpResponse<String> answer = sendRaw(post(ENROLL, ENROLL_BODY).header("Authorization", "JWT " + token));

        LoggedRequest received = lmsReceived().get(0);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received.getHeader("Authorization")).isEqualTo("JWT " + token);
        assertThat(received.containsHeader("X-CSRFToken")).isFalse();
        assertThat(received.containsHeader("Origin")).isFalse();
    }

    @Test
    void aBearerTokenReachesTheLmsUnderTheJwtScheme() {
        String token = instructorToken();

        HttpResponse<String> answer = sendRaw(post(ENROLL, ENROLL_BODY).header("Authorization", "Bearer " + token));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(lmsReceived().get(0).getHeader("Authorization")).isEqualTo("JWT " + token);
    }

    @Test
    void aCookieChangeWithItsTokenReachesTheLmsWithTheLmsOrigin() {
        HttpResponse<String> answer = sendRaw(post(ENROLL, ENROLL_BODY)
                .header("Cookie", jwtCookies() + "; csrftoken=T0kenValue")
                .header("X-CSRFToken", "T0kenValue")
                .header("Origin", DASHBOARD_ORIGIN));

        LoggedRequest received = lmsReceived().get(0);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received.getHeader("X-CSRFToken")).isEqualTo("T0kenValue");
        assertThat(received.getHeader("Cookie")).isEqualTo(jwtCookies() + "; csrftoken=T0kenValue");
        assertThat(received.getHeader("Origin")).isEqualTo(SharedStandIn.get().baseUrl());
        assertThat(received.getHeader("Referer")).isEqualTo(SharedStandIn.get().baseUrl() + "/");
        assertThat(received.containsHeader("Authorization")).isFalse();
    }

    @Test
    void aCookieChangeWithoutItsTokenIsRefusedBeforeTheLms() {
        HttpResponse<String> answer =
                sendRaw(post(ENROLL, ENROLL_BODY).header("Cookie", jwtCookies() + "; csrftoken=T0ken"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.body()).contains("urn:instructor-gateway:problem:csrf-refused");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void aCookieChangeWithAWrongTokenIsRefused() {
        HttpResponse<String> answer = sendRaw(post(ENROLL, ENROLL_BODY)
                .header("Cookie", jwtCookies() + "; csrftoken=one")
                .header("X-CSRFToken", "another"));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void aCookieReadTheGatewayPostsGetsAFreshTokenPair() {
        HttpResponse<String> answer = sendRaw(HttpRequest.newBuilder(uri(UNIFIED + COURSE + "/roles/staff/members"))
                .header("Cookie", jwtCookies() + "; csrftoken=stale")
                .GET());

        LoggedRequest received = lmsReceived().get(0);
        Matcher cookie = CSRF_COOKIE.matcher(received.getHeader("Cookie"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(received.getMethod().value()).isEqualTo("POST");
        assertThat(cookie.find()).isTrue();
        assertThat(cookie.group(1)).hasSize(32).isNotEqualTo("stale");
        assertThat(received.getHeader("X-CSRFToken")).isEqualTo(cookie.group(1));
        assertThat(received.getHeader("Cookie")).startsWith(jwtCookies() + "; ");
    }

    /** The micro-frontends' cookie pair: header and payload in one cookie, the signature in the other. */
    static String jwtCookies() {
        String token = instructorToken();
        int lastDot = token.lastIndexOf('.');
        return "edx-jwt-cookie-header-payload=" + token.substring(0, lastDot) + "; edx-jwt-cookie-signature="
                + token.substring(lastDot + 1);
    }

    private HttpRequest.Builder post(String path, String json) {
        return HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }
}
