package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /students} and {@code GET /students/{username}} on an LMS without {@code /api/instructor/v2}: the
 * legacy enrollment list, and a learner composed from the accounts and enrollment APIs asked in parallel.
 */
class StudentHandlersTest extends NativeHandlerTest {

    static final String STUDENTS = UNIFIED + COURSE + "/students";
    private static final String LMS_ADA = "/api/user/v1/accounts/ada";
    private static final String LMS_ADA_ENROLLMENT = "/api/enrollment/v1/enrollment/ada," + COURSE;

    @Test
    void studentsAreTheLegacyEnrollmentListPagedByTheLms() {
        HttpResponse<String> answer = send("GET", STUDENTS + "?page_size=50");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("student-admin.students.list");
        assertThat(body.path("results").findValuesAsString("username"))
                .containsExactly("ada", "alan", "grace", "katherine");
        assertThat(calledPaths()).containsExactly("POST " + MembershipHandlersTest.LEGACY + "list_course_enrollments");
        assertThat(lmsReceived().get(lmsReceived().size() - 1).getBodyAsString())
                .isEqualTo("page=1&page_size=50");
    }

    @Test
    void aStudentIsTheirAccountWithTheirEnrollmentAndTheCallersToken() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, STUDENTS + "/ada");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("username").asString()).isEqualTo("ada");
        assertThat(body.path("email").asString()).isEqualTo("ada@example.com");
        assertThat(body.path("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.path("is_enrolled").asBoolean()).isTrue();
        assertThat(body.path("mode").asString()).isEqualTo("verified");
        assertThat(body.has("warnings")).isFalse();

        assertThat(calledPaths()).containsExactlyInAnyOrder("GET " + LMS_ADA, "GET " + LMS_ADA_ENROLLMENT);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_ADA))).get(0).getHeader("Authorization"))
                .isEqualTo("JWT " + token);
    }

    @Test
    void aUserWithoutAnEnrollmentIsAnsweredAsNotEnrolled() {
        JsonNode body = json(send("GET", STUDENTS + "/edx"));

        assertThat(body.path("username").asString()).isEqualTo("edx");
        assertThat(body.path("is_enrolled").asBoolean(true)).isFalse();
        assertThat(body.path("mode").isNull()).isTrue();
    }

    @Test
    void anInactiveEnrollmentIsNotEnrolled() {
        JsonNode body = json(send("GET", STUDENTS + "/edsger"));

        assertThat(body.path("is_enrolled").asBoolean(true)).isFalse();
    }

    @Test
    void anUnknownUserIsA404Problem() {
        HttpResponse<String> answer = send("GET", STUDENTS + "/nobody_here");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).startsWith("username: nobody_here (expected:");
        assertThat(json(answer).path("backend").asString()).isEqualTo("accounts");
    }

    @Test
    void aMalformedUsernameIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("GET", STUDENTS + "/ada%21%3F");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingEnrollmentApiLeavesTheAccountWithAWarning() {
        stub(get(urlPathEqualTo(LMS_ADA_ENROLLMENT)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("GET", STUDENTS + "/ada");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.has("is_enrolled")).isFalse();
        assertThat(body.path("warnings").get(0).asString()).startsWith("is_enrolled is missing");
    }

    @Test
    void aFailingAccountsApiIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_ADA)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", STUDENTS + "/ada");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("accounts");
    }

    @Test
    void theAccountAndTheEnrollmentAreAskedInParallel() {
        send("GET", STUDENTS + "/ada");
        stub(get(urlPathEqualTo(LMS_ADA))
                .willReturn(okJson("{\"username\": \"ada\", \"name\": \"Ada Lovelace\"}")
                        .withFixedDelay(300)));
        stub(get(urlPathEqualTo(LMS_ADA_ENROLLMENT))
                .willReturn(
                        okJson("{\"mode\": \"verified\", \"is_active\": true}").withFixedDelay(300)));

        Instant start = Instant.now();
        HttpResponse<String> answer = send("GET", STUDENTS + "/ada");
        Duration took = Duration.between(start, Instant.now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("is_enrolled").asBoolean()).isTrue();
        assertThat(took).isLessThan(Duration.ofMillis(550));
    }

    @Test
    void aLearnerGets403AndNoLearnerData() {
        HttpResponse<String> one = getAs(learnerToken(), STUDENTS + "/ada");
        HttpResponse<String> list = getAs(learnerToken(), STUDENTS);

        assertThat(one.statusCode()).isEqualTo(403);
        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(one.body()).doesNotContain("Lovelace");
        assertThat(calledPaths()).isEmpty();
    }
}
