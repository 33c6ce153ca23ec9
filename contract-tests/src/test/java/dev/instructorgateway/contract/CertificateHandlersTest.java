package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /certificates/{certificate_id}/status} (the id being the learner's username) from the certificates API,
 * and {@code GET /certificates/allowlist}, which an LMS without the instructor API v2 cannot list.
 */
class CertificateHandlersTest extends NativeHandlerTest {

    private static final String CERTIFICATES = UNIFIED + COURSE + "/certificates/";
    private static final String LMS_CERTIFICATE = "/api/certificates/v0/certificates/ada/courses/" + COURSE + "/";

    @Test
    void givesTheLearnersCertificateInTheCourseAndRelaysTheCallersToken() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, CERTIFICATES + "ada/status");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("certificates.status.get");
        assertThat(body.path("username").asString()).isEqualTo("ada");
        assertThat(body.path("status").asString()).isEqualTo("downloadable");
        assertThat(body.path("is_passing").asBoolean()).isTrue();
        assertThat(body.path("uuid").asString()).isEqualTo("8d2f5a4c1e7b4f3a9c6d0e1b2a3f4c5d");
        assertThat(calledPaths()).containsExactly("GET " + LMS_CERTIFICATE);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_CERTIFICATE)))
                        .get(0)
                        .getHeader("Authorization"))
                .isEqualTo("JWT " + token);
    }

    @Test
    void aLearnerWithoutACertificateIsA404() {
        HttpResponse<String> answer = send("GET", CERTIFICATES + "barbara/status");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString())
                .isEqualTo("There is no certificate for barbara in " + COURSE
                        + " (certificate_id is the learner's username).");
    }

    @Test
    void aFailingCertificatesServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_CERTIFICATE)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", CERTIFICATES + "ada/status");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("certificates");
    }

    @Test
    void aLearnerGets403AndNoCertificate() {
        HttpResponse<String> answer = getAs(learnerToken(), CERTIFICATES + "ada/status");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("downloadable");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void withoutInstructorV2TheAllowlistIsA501SayingWhatTheLmsNeeds() {
        HttpResponse<String> answer = send("GET", CERTIFICATES + "allowlist");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(501);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(body.path("route_id").asString()).isEqualTo("certificates.allowlist.list");
        assertThat(body.path("detail").asString())
                .contains("/api/instructor/v2")
                .contains("LMS_HAS_INSTRUCTOR_V2");
        assertThat(calledPaths()).isEmpty();
    }
}
