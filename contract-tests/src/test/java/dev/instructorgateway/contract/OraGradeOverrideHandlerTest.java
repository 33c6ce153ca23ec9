package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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
 * {@code POST .../submissions/{submission_id}/override_grade}: a rubric grade sent under the staff grader's lock,
 * which is released whatever happens once it is taken; nothing is ever sent twice.
 */
class OraGradeOverrideHandlerTest extends NativeHandlerTest {

    private static final String ORA = OraReadHandlersTest.ORA;
    private static final String ADA = OraReadHandlersTest.ADA;
    private static final String KATHERINE = "5a7d3e9b-8c2f-4a61-9e04-d3b8f6a1c903";
    private static final String LOCK = "/api/ora_staff_grader/submission/lock";
    private static final String GRADE = "/api/ora_staff_grader/submission/grade";
    private static final String GRADE_BODY = """
            {"overall_feedback": "Well argued.",
             "criteria": [{"name": "ideas", "selected_option": "good", "feedback": ""},
                          {"name": "content", "selected_option": "fair", "feedback": "Mention memory."}]}""";

    private static String overridePath(String submission) {
        return UNIFIED + COURSE + "/ora/" + ORA + "/submissions/" + submission + "/override_grade";
    }

    @Test
    void theGradeIsSentUnderTheLockWhichIsThenReleased() {
        HttpResponse<String> answer = sendJson("POST", overridePath(ADA), GRADE_BODY);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("grade_status").asString()).isEqualTo("graded");
        assertThat(body.path("grade_data").path("score").path("points_earned").asInt())
                .isEqualTo(8);
        assertThat(body.has("warnings")).isFalse();
        assertThat(calledPaths())
                .extracting(call -> call.substring(0, call.indexOf('?')))
                .containsExactly("POST " + LOCK, "POST " + GRADE, "DELETE " + LOCK);

        LoggedRequest grade = received(postRequestedFor(urlPathEqualTo(GRADE))).get(0);
        assertThat(grade.queryParameter("oraLocation").firstValue()).isEqualTo(ORA);
        assertThat(grade.queryParameter("submissionUUID").firstValue()).isEqualTo(ADA);
        assertThat(RelayedToken.userOf(grade)).isEqualTo("instructor");
        String sent = """
                {"overallFeedback": "Well argued.",
                 "criteria": [{"name": "ideas", "feedback": "", "selectedOption": "good"},
                              {"name": "content", "feedback": "Mention memory.", "selectedOption": "fair"}]}""";
        assertThat(equalToJson(sent).match(grade.getBodyAsString()).isExactMatch())
                .isTrue();
    }

    @Test
    void aSubmissionAnotherGraderHoldsIsA409AndNoGradeIsSent() {
        HttpResponse<String> answer = sendJson("POST", overridePath(KATHERINE), GRADE_BODY);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).contains("locked by another grader");
        assertThat(received(postRequestedFor(urlPathEqualTo(LOCK)))).hasSize(1);
        assertThat(received(postRequestedFor(urlPathEqualTo(GRADE)))).isEmpty();
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LOCK)))).isEmpty();
    }

    @Test
    void theLockIsReleasedWhenGradingFailsAndTheGradeIsSentOnce() {
        stub(post(urlPathEqualTo(GRADE)).willReturn(serverError().withBody("{\"error\": \"ERR_INTERNAL\"}")));

        HttpResponse<String> answer = sendJson("POST", overridePath(ADA), GRADE_BODY);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("ora-staff-grader");
        assertThat(received(postRequestedFor(urlPathEqualTo(GRADE)))).hasSize(1);
        assertThat(received(postRequestedFor(urlPathEqualTo(LOCK)))).hasSize(1);
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LOCK)))).hasSize(1);
    }

    @Test
    void aGradeRefusedForALostLockIsA409AndTheLockIsStillReleased() {
        stub(post(urlPathEqualTo(GRADE))
                .willReturn(aResponse()
                        .withStatus(409)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"ERR_LOCK_CONTESTED\", \"lockStatus\": \"locked\"}")));

        HttpResponse<String> answer = sendJson("POST", overridePath(ADA), GRADE_BODY);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(json(answer).path("detail").asString()).contains("the grade was refused");
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LOCK)))).hasSize(1);
    }

    @Test
    void aFailedReleaseAfterTheGradeIsAWarning() {
        stub(delete(urlPathEqualTo(LOCK)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = sendJson("POST", overridePath(ADA), GRADE_BODY);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("grade_status").asString()).isEqualTo("graded");
        assertThat(body.path("warnings").get(0).asString()).startsWith("the release of the grading lock is missing");
        assertThat(received(deleteRequestedFor(urlPathEqualTo(LOCK)))).hasSize(1);
    }

    @Test
    void theStaffGradersOwnSpellingIsAcceptedToo() {
        String camelCase = """
                {"overallFeedback": "Fine.", "criteria": [{"name": "ideas", "selectedOption": "poor"}]}""";

        HttpResponse<String> answer = sendJson("POST", overridePath(ADA), camelCase);

        assertThat(answer.statusCode()).isEqualTo(200);
        LoggedRequest grade = received(postRequestedFor(urlPathEqualTo(GRADE))).get(0);
        assertThat(equalToJson("{\"overallFeedback\": \"Fine.\", \"criteria\": [{\"name\": \"ideas\","
                                + " \"feedback\": \"\", \"selectedOption\": \"poor\"}]}")
                        .match(grade.getBodyAsString())
                        .isExactMatch())
                .isTrue();
    }

    @Test
    void aMalformedGradeIsA400ListingEveryMistakeAndNothingIsSent() {
        HttpResponse<String> answer = sendJson(
                "POST",
                overridePath(ADA),
                "{\"overall_feedback\": 3, \"criteria\": [{\"selected_option\": \"good\"}, {\"name\": \"content\","
                        + " \"selected_option\": 2}]}");

        String detail = json(answer).path("detail").asString();
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(detail).contains("overall_feedback: 3 (expected: a string)");
        assertThat(detail).contains("criteria[0].name: missing (expected: the criterion's name in the rubric)");
        assertThat(detail).contains("criteria[1].selected_option: 2 (expected: a string)");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aGradeWithoutCriteriaIsA400AndNothingIsSent() {
        HttpResponse<String> answer = sendJson("POST", overridePath(ADA), "{\"overall_feedback\": \"Good.\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("criteria: missing");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403AndNothingIsLockedOrGraded() {
        HttpResponse<String> answer = sendRaw(HttpRequest.newBuilder(uri(overridePath(ADA)))
                .header("Authorization", "JWT " + learnerToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(GRADE_BODY)));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
