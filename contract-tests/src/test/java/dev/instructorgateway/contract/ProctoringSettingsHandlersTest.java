package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET} and {@code PUT /proctoring_settings} without the instructor API v2: Studio's proctored exam settings,
 * shown as v2's four members, and changed by posting Studio's whole settings object back with the change merged in.
 */
class ProctoringSettingsHandlersTest extends NativeHandlerTest {

    private static final String SETTINGS = UNIFIED + COURSE + "/proctoring_settings";
    private static final String STUDIO = "/api/contentstore/v1/proctored_exam_settings/" + COURSE;

    @Test
    void showsStudiosSettingsAsV2sFourMembers() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, SETTINGS);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder(
                        "proctoring_provider",
                        "proctoring_escalation_email",
                        "create_zendesk_tickets",
                        "enable_proctored_exams");
        assertThat(body.path("proctoring_escalation_email").asString()).isEqualTo("proctoring@example.com");
        assertThat(body.path("enable_proctored_exams").asBoolean()).isTrue();
        assertThat(received(getRequestedFor(urlPathEqualTo(STUDIO))))
                .singleElement()
                .satisfies(call -> assertThat(call.getHeader("Authorization")).isEqualTo("JWT " + token));
    }

    @Test
    void aChangeIsPostedToStudioWithTheUnchangedSettingsAlongside() {
        HttpResponse<String> answer = sendJson(
                "PUT",
                SETTINGS,
                "{\"proctoring_escalation_email\": \"exams@example.org\", \"create_zendesk_tickets\": true,"
                        + " \"proctoring_provider\": \"null\"}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("proctoring_escalation_email").asString()).isEqualTo("exams@example.org");
        assertThat(body.path("create_zendesk_tickets").asBoolean()).isTrue();
        assertThat(body.has("proctored_exam_settings")).isFalse();
        LoggedRequest posted =
                received(postRequestedFor(urlPathEqualTo(STUDIO))).get(0);
        assertThat(posted.getHeader("Content-Type")).startsWith("application/json");
        SentJson.assertSent(
                posted,
                "{\"proctored_exam_settings\": {\"enable_proctored_exams\": true,"
                        + " \"allow_proctoring_opt_out\": false, \"proctoring_provider\": \"null\","
                        + " \"proctoring_escalation_email\": \"exams@example.org\","
                        + " \"create_zendesk_tickets\": true}}");
    }

    @Test
    void changingTheProviderIsA400AndNothingIsWritten() {
        HttpResponse<String> answer = sendJson("PUT", SETTINGS, "{\"proctoring_provider\": \"proctortrack\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString())
                .startsWith("proctoring_provider: proctortrack (expected: null");
        assertThat(received(postRequestedFor(urlPathEqualTo(STUDIO)))).isEmpty();
    }

    @Test
    void badMembersAreEachNamedInOne400AndNothingIsCalled() {
        HttpResponse<String> answer = sendJson(
                "PUT",
                SETTINGS,
                "{\"proctoring_escalation_email\": \"not-an-address\", \"enable_proctored_exams\": \"yes\","
                        + " \"allow_proctoring_opt_out\": true}");

        String detail = json(answer).path("detail").asString();
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(detail).contains("proctoring_escalation_email: \"not-an-address\" (expected: an email address");
        assertThat(detail).contains("enable_proctored_exams: \"yes\" (expected: true or false)");
        assertThat(detail).contains("allow_proctoring_opt_out: true (expected: one of");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void anEmptyChangeIsA400AndNothingIsCalled() {
        HttpResponse<String> answer = sendJson("PUT", SETTINGS, "{}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403AndNothingIsCalled() {
        String token = learnerToken();

        HttpResponse<String> read = getAs(token, SETTINGS);
        HttpResponse<String> write = sendRaw(HttpRequest.newBuilder(uri(SETTINGS))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"create_zendesk_tickets\": true}")));

        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingStudioIsA502NamingIt() {
        stub(get(urlPathEqualTo(STUDIO)).willReturn(serverError()));

        HttpResponse<String> read = send("GET", SETTINGS);

        assertThat(read.statusCode()).isEqualTo(502);
        assertThat(json(read).path("backend").asString()).isEqualTo("studio");
    }

    @Test
    void aFailedWriteIsA502AndIsNotRepeated() {
        stub(post(urlPathEqualTo(STUDIO)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("PUT", SETTINGS, "{\"enable_proctored_exams\": false}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("studio");
        assertThat(received(postRequestedFor(urlPathEqualTo(STUDIO)))).hasSize(1);
    }
}
