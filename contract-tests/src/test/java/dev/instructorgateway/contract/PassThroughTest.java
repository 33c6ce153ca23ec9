package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Everything outside the unified prefix reaches the LMS unchanged, so a frontend can use the gateway's URL as
 * its LMS base URL: method, path, query, headers, cookies, body, and the LMS's own status and Set-Cookie.
 */
class PassThroughTest extends GatewayOnStandInTest {

    @Test
    void cookiesAndCredentialsTravelBothWays() {
        lms().stubFor(get(urlPathEqualTo("/gateway-test/session"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Set-Cookie", "csrftoken=new-token; Path=/; SameSite=Lax")
                        .withHeader("Set-Cookie", "sessionid=new-session; Path=/; HttpOnly")
                        .withHeader("Content-Type", "text/html; charset=utf-8")
                        .withBody("<html>instructor dashboard</html>")));

        HttpResponse<String> answer = sendRaw(HttpRequest.newBuilder(uri("/gateway-test/session?tab=membership"))
                .header("Cookie", "sessionid=abc; csrftoken=tok; edx-jwt-cookie-header-payload=h.p")
                .header("Authorization", "JWT header.payload.signature")
                .header("X-CSRFToken", "tok")
                .GET());

        LoggedRequest received = lmsReceived().get(0);
        assertThat(received.getUrl()).isEqualTo("/gateway-test/session?tab=membership");
        assertThat(received.getHeader("Cookie"))
                .isEqualTo("sessionid=abc; csrftoken=tok; edx-jwt-cookie-header-payload=h.p");
        assertThat(received.getHeader("Authorization")).isEqualTo("JWT header.payload.signature");
        assertThat(received.getHeader("X-CSRFToken")).isEqualTo("tok");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("<html>instructor dashboard</html>");
        assertThat(answer.headers().allValues("Set-Cookie"))
                .containsExactlyInAnyOrder(
                        "csrftoken=new-token; Path=/; SameSite=Lax", "sessionid=new-session; Path=/; HttpOnly");
        assertThat(answer.headers().firstValue("X-Gateway-Route")).contains("lms.pass-through");
    }

    @Test
    void requestBodyAndTheLmsStatusPassUnchanged() {
        lms().stubFor(post(urlPathEqualTo("/gateway-test/echo"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(403)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"detail\": \"CSRF Failed: CSRF token missing.\"}")));
        String form = "identifiers=a%40example.com%2Cb&action=enroll";

        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri("/gateway-test/echo"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        LoggedRequest received = lmsReceived().get(0);
        assertThat(received.getMethod().value()).isEqualTo("POST");
        assertThat(received.getBodyAsString()).isEqualTo(form);
        assertThat(received.getHeader("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).isEqualTo("{\"detail\": \"CSRF Failed: CSRF token missing.\"}");
    }

    @Test
    void theLmsOwnInstructorApisAndShellCallsPassThrough() {
        for (String path : new String[] {
            "/api/instructor/v1/tasks/" + COURSE,
            "/api/instructor/v1/reports/" + COURSE,
            "/api/instructor/v2/courses/" + COURSE + "/enrollments?page=1",
            "/courses/" + COURSE + "/instructor",
            "/csrf/api/v1/token",
            "/static/js/instructor.js"
        }) {
            lms().resetRequests();

            HttpResponse<String> answer = send("GET", path);

            assertThat(answer.headers().firstValue("X-Gateway-Route")).as(path).contains("lms.pass-through");
            assertThat(lmsReceived())
                    .as(path)
                    .singleElement()
                    .extracting(LoggedRequest::getUrl)
                    .isEqualTo(path);
        }
    }

    @Test
    void loginRefreshIsPostedThrough() {
        send("POST", "/login_refresh");

        assertThat(lmsReceived()).singleElement().satisfies(request -> {
            assertThat(request.getMethod().value()).isEqualTo("POST");
            assertThat(request.getUrl()).isEqualTo("/login_refresh");
        });
    }
}
