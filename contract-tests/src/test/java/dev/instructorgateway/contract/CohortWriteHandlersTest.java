package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.jsonResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /cohorts} and {@code PUT /cohorts/{cohort_id}}: a body checked before the cohorts API is called,
 * the create answered 201, the update sent as PATCH and read back, the LMS's refusals passed on with its words.
 */
class CohortWriteHandlersTest extends CohortsAndDiscussionsTest {

    private static final String COHORTS = UNIFIED + COURSE + "/cohorts";
    private static final String LMS_COHORTS = "/api/cohorts/v1/courses/" + COURSE + "/cohorts/";

    @Test
    void createPostsTheCohortAndAnswers201WithWhereItNowIs() {
        HttpResponse<String> answer =
                sendJson("POST", COHORTS, "{\"name\": \" Group B \", \"assignment_type\": \"manual\"}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("cohorts.create");
        assertThat(answer.headers().firstValue("Location"))
                .hasValue(uri(COHORTS + "/3").toString());
        assertThat(body.path("id").asInt()).isEqualTo(3);
        assertThat(body.path("name").asString()).isEqualTo("Group B");
        assertThat(body.path("assignment_type").asString()).isEqualTo("manual");

        LoggedRequest create =
                received(postRequestedFor(urlPathEqualTo(LMS_COHORTS))).get(0);
        assertThat(bodyOf(create)).isEqualTo(parse("{\"name\": \"Group B\", \"assignment_type\": \"manual\"}"));
        assertThat(create.getHeader("Content-Type")).startsWith("application/json");
        assertThat(create.getHeader("Authorization")).isEqualTo("JWT " + instructorToken());
        assertThat(calledPaths()).hasSize(1);
    }

    @Test
    void createPassesAContentGroupOn() {
        sendJson(
                "POST",
                COHORTS,
                "{\"name\": \"Group B\", \"assignment_type\": \"random\", \"user_partition_id\": 50, \"group_id\": 2}");

        LoggedRequest create =
                received(postRequestedFor(urlPathEqualTo(LMS_COHORTS))).get(0);
        assertThat(bodyOf(create))
                .isEqualTo(parse("{\"name\": \"Group B\", \"assignment_type\": \"random\","
                        + " \"user_partition_id\": 50, \"group_id\": 2}"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"assignment_type\": \"manual\"}",
                "{\"name\": \"   \", \"assignment_type\": \"manual\"}",
                "{\"name\": \"Group B\", \"assignment_type\": \"automatic\"}",
                "{\"name\": \"Group B\", \"assignment_type\": \"manual\", \"group_id\": 2}",
                "{\"name\": \"Group B\", \"assignment_type\": \"manual\", \"user_partition_id\": -1, \"group_id\": 2}",
                "{\"name\": \"Group B\", \"assignmentType\": \"manual\"}"
            })
    void createRefusesABadBodyWith400AndSendsNothing(String body) {
        HttpResponse<String> answer = sendJson("POST", COHORTS, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).contains("(expected: ");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void createPassesTheLmsRefusalOnWithItsMessage() {
        stub(post(urlPathEqualTo(LMS_COHORTS))
                .willReturn(jsonResponse(
                        "{\"developer_message\": \"A cohort with that name already exists in this course.\","
                                + " \"error_code\": \"cohort-name-exists\"}",
                        400)));

        HttpResponse<String> answer =
                sendJson("POST", COHORTS, "{\"name\": \"Group A\", \"assignment_type\": \"manual\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString())
                .isEqualTo("A cohort with that name already exists in this course.");
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
    }

    @Test
    void createOnAFailingCohortsServiceIsA502AndIsSentOnce() {
        stub(post(urlPathEqualTo(LMS_COHORTS)).willReturn(serverError()));

        HttpResponse<String> answer =
                sendJson("POST", COHORTS, "{\"name\": \"Group B\", \"assignment_type\": \"manual\"}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
        assertThat(received(postRequestedFor(urlPathEqualTo(LMS_COHORTS)))).hasSize(1);
    }

    @Test
    void aLearnerCannotCreateACohort() {
        HttpResponse<String> answer =
                sendJsonAs(learnerToken(), "POST", COHORTS, "{\"name\": \"Group B\", \"assignment_type\": \"manual\"}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void updatePatchesTheCohortThenAnswersItAsTheLmsNowHasIt() {
        HttpResponse<String> answer = sendJson("PUT", COHORTS + "/2", "{\"name\": \"Group A\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("cohorts.update");
        assertThat(json(answer).path("id").asInt()).isEqualTo(2);
        assertThat(json(answer).path("name").asString()).isEqualTo("Group A");
        assertThat(json(answer).path("user_count").asInt()).isEqualTo(2);

        LoggedRequest change =
                received(patchRequestedFor(urlPathEqualTo(LMS_COHORTS + "2"))).get(0);
        assertThat(bodyOf(change)).isEqualTo(parse("{\"name\": \"Group A\"}"));
        assertThat(change.getHeader("Authorization")).isEqualTo("JWT " + instructorToken());
        assertThat(calledPaths()).containsExactly("PATCH " + LMS_COHORTS + "2", "GET " + LMS_COHORTS + "2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A cohort with the same name already exists.",
                "There must be one cohort to which students can automatically be assigned."
            })
    void updatePassesTheLmsRefusalOnAs400AndReadsNothingBack(String lmsMessage) {
        stub(patch(urlPathEqualTo(LMS_COHORTS + "1"))
                .willReturn(jsonResponse("{\"developer_message\": \"" + lmsMessage + "\"}", 400)));

        HttpResponse<String> answer =
                sendJson("PUT", COHORTS + "/1", "{\"name\": \"Group A\", \"assignment_type\": \"manual\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).isEqualTo(lmsMessage);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_COHORTS + "1")))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/abc", "/0", "/-4", "/1.5"})
    void updateOfACohortIdThatIsNotAPositiveWholeNumberIsA400(String cohortPath) {
        HttpResponse<String> answer = sendJson("PUT", COHORTS + cohortPath, "{\"name\": \"Group C\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("cohort_id: ");
        assertThat(calledPaths()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "{\"assignment_type\": \"sometimes\"}", "{\"name\": 7}", "{\"user_count\": 3}"})
    void updateRefusesABadBodyWith400AndSendsNothing(String body) {
        HttpResponse<String> answer = sendJson("PUT", COHORTS + "/1", body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void updateOnAFailingCohortsServiceIsA502() {
        stub(patch(urlPathEqualTo(LMS_COHORTS + "1")).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("PUT", COHORTS + "/1", "{\"name\": \"Group C\"}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
        assertThat(received(patchRequestedFor(urlPathEqualTo(LMS_COHORTS + "1"))))
                .hasSize(1);
    }

    @Test
    void aLearnerCannotRenameACohort() {
        HttpResponse<String> answer = sendJsonAs(learnerToken(), "PUT", COHORTS + "/1", "{\"name\": \"Mine\"}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
