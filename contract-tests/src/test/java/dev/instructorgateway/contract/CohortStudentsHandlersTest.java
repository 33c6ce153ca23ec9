package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST} and {@code DELETE /cohorts/{cohort_id}/students}: adding is one call that the LMS reports on per
 * learner; removing is one call per distinct learner, a few at once, answered per learner.
 */
class CohortStudentsHandlersTest extends CohortsAndDiscussionsTest {

    private static final String STUDENTS = UNIFIED + COURSE + "/cohorts/2/students";
    private static final String LMS_USERS = "/api/cohorts/v1/courses/" + COURSE + "/cohorts/2/users";

    @Test
    void addPostsTheLearnersInOneCallAndAnswersWhatBecameOfEach() {
        HttpResponse<String> answer =
                sendJson("POST", STUDENTS, "{\"users\": [\"ada\", \"grace@example.com\", \"ada\"]}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("cohorts.students.add");
        assertThat(body.path("added").findValuesAsString("username")).containsExactly("ada", "grace@example.com");
        assertThat(body.propertyNames())
                .containsExactlyInAnyOrder("added", "changed", "present", "unknown", "preassigned", "invalid");

        LoggedRequest add =
                received(postRequestedFor(urlPathEqualTo(LMS_USERS))).get(0);
        assertThat(bodyOf(add)).isEqualTo(parse("{\"users\": [\"ada\", \"grace@example.com\"]}"));
        assertThat(add.getHeader("Authorization")).isEqualTo("JWT " + instructorToken());
        assertThat(calledPaths()).hasSize(1);
    }

    @Test
    void addAnswersTheLmsListsAsItGaveThem() {
        stub(post(urlPathEqualTo(LMS_USERS))
                .willReturn(jsonResponse(
                        "{\"success\": true, \"added\": [], \"changed\": [{\"username\": \"alan\", \"email\":"
                                + " \"alan@example.com\", \"previous_cohort\": \"Default Group\"}], \"present\":"
                                + " [\"ada\"], \"unknown\": [\"nobody\"], \"preassigned\": [\"new@example.com\"],"
                                + " \"invalid\": [\"not-an@address\"]}",
                        200)));

        JsonNode body = json(sendJson(
                "POST",
                STUDENTS,
                "{\"users\": [\"alan\", \"ada\", \"nobody\", \"new@example.com\", \"not-an@address\"]}"));

        assertThat(body.path("changed").get(0).path("previous_cohort").asString())
                .isEqualTo("Default Group");
        assertThat(body.path("present").get(0).asString()).isEqualTo("ada");
        assertThat(body.path("unknown").get(0).asString()).isEqualTo("nobody");
        assertThat(body.path("preassigned").get(0).asString()).isEqualTo("new@example.com");
        assertThat(body.path("invalid").get(0).asString()).isEqualTo("not-an@address");
        assertThat(body.has("success")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"users\": []}",
                "{\"users\": \"ada\"}",
                "{\"users\": [\"ada\", 7]}",
                "{\"users\": [\" \"]}",
                "{\"users\": [\"ada\"], \"notify\": true}"
            })
    void addRefusesABadLearnerListWith400AndSendsNothing(String body) {
        HttpResponse<String> answer = sendJson("POST", STUDENTS, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void addOnAFailingCohortsServiceIsA502() {
        stub(post(urlPathEqualTo(LMS_USERS)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("POST", STUDENTS, "{\"users\": [\"ada\"]}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
    }

    @Test
    void aLearnerCannotAddToACohort() {
        HttpResponse<String> answer = sendJsonAs(learnerToken(), "POST", STUDENTS, "{\"users\": [\"ada\"]}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void removeCallsTheLmsOnceForEachDistinctLearner() {
        HttpResponse<String> answer =
                sendJson("DELETE", STUDENTS, "{\"users\": [\"ada\", \"alan\", \"ada\", \" alan \"]}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("cohorts.students.remove");
        assertThat(body.path("removed").valueStream().map(JsonNode::asString)).containsExactly("ada", "alan");
        assertThat(body.path("failed")).isEmpty();
        assertThat(calledPaths())
                .containsExactlyInAnyOrder("DELETE " + LMS_USERS + "/ada", "DELETE " + LMS_USERS + "/alan");
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LMS_USERS + "/ada")))
                        .get(0)
                        .getHeader("Authorization"))
                .isEqualTo("JWT " + instructorToken());
    }

    @Test
    void removeAnswersPerLearnerWhichWereRemovedAndWhyOthersWereNot() {
        stub(delete(urlPathEqualTo(LMS_USERS + "/nobody"))
                .willReturn(jsonResponse(
                        "{\"developer_message\": \"User does not exist.\", \"error_code\": \"user-not-found\"}", 404)));
        stub(delete(urlPathEqualTo(LMS_USERS + "/barbara"))
                .willReturn(jsonResponse(
                        "{\"developer_message\": \"User not assigned to the given cohort.\","
                                + " \"error_code\": \"user-not-in-cohort\"}",
                        400)));

        HttpResponse<String> answer = sendJson("DELETE", STUDENTS, "{\"users\": [\"nobody\", \"ada\", \"barbara\"]}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("removed").valueStream().map(JsonNode::asString)).containsExactly("ada");
        assertThat(body.path("failed").get(0).path("username").asString()).isEqualTo("nobody");
        assertThat(body.path("failed").get(0).path("status").asInt()).isEqualTo(404);
        assertThat(body.path("failed").get(0).path("detail").asString()).isEqualTo("User does not exist.");
        assertThat(body.path("failed").get(1).path("username").asString()).isEqualTo("barbara");
        assertThat(body.path("failed").get(1).path("status").asInt()).isEqualTo(400);
        assertThat(body.path("failed").get(1).path("detail").asString())
                .isEqualTo("User not assigned to the given cohort.");
    }

    @Test
    void removeOfOneLearnerByQueryAnswersTheLmsRefusalItself() {
        stub(delete(urlPathEqualTo(LMS_USERS + "/nobody"))
                .willReturn(jsonResponse("{\"developer_message\": \"User does not exist.\"}", 404)));

        HttpResponse<String> answer = send("DELETE", STUDENTS + "?username=nobody");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).isEqualTo("User does not exist.");
        assertThat(calledPaths()).containsExactly("DELETE " + LMS_USERS + "/nobody");
    }

    @Test
    void removeOfOneLearnerByQueryAnswersTheRemoval() {
        HttpResponse<String> answer = send("DELETE", STUDENTS + "?username=ada");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("removed").get(0).asString()).isEqualTo("ada");
        assertThat(calledPaths()).containsExactly("DELETE " + LMS_USERS + "/ada");
    }

    @Test
    void removeRunsTheCallsInParallel() {
        stub(delete(urlPathMatching(Pattern.quote(LMS_USERS) + "/.+"))
                .willReturn(aResponse().withStatus(204).withFixedDelay(400)));

        Instant start = Instant.now();
        HttpResponse<String> answer =
                sendJson("DELETE", STUDENTS, "{\"users\": [\"ada\", \"alan\", \"grace\", \"katherine\"]}");
        Duration took = Duration.between(start, Instant.now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("removed")).hasSize(4);
        assertThat(took).isLessThan(Duration.ofMillis(1_200));
    }

    @Test
    void removeOnAFailingCohortsServiceIsA502() {
        stub(delete(urlPathMatching(Pattern.quote(LMS_USERS) + "/.+")).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("DELETE", STUDENTS, "{\"users\": [\"ada\", \"alan\"]}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
        assertThat(calledPaths()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{\"users\": []}",
                "{\"users\": [null]}",
                "{\"users\": [\"ada\"], \"all\": true}",
                "{\"users\": [\"..\"]}",
                "{\"users\": [\"ada/../..\"]}"
            })
    void removeRefusesABadLearnerListWith400AndCallsNothing(String body) {
        HttpResponse<String> answer = sendJson("DELETE", STUDENTS, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void removeRefusesLearnersBothInTheQueryAndInTheBody() {
        HttpResponse<String> answer = sendJson("DELETE", STUDENTS + "?username=ada", "{\"users\": [\"alan\"]}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("username: ada");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void removeRefusesMoreLearnersThanOneRequestMayName() {
        String many = String.join(
                ", ",
                IntStream.rangeClosed(1, 101).mapToObj(i -> "\"l" + i + "\"").toList());

        HttpResponse<String> answer = sendJson("DELETE", STUDENTS, "{\"users\": [" + many + "]}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerCannotRemoveFromACohort() {
        HttpResponse<String> answer = sendJsonAs(learnerToken(), "DELETE", STUDENTS, "{\"users\": [\"ada\"]}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
