package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /ora/{ora_id}}, {@code GET /ora/{ora_id}/submissions} and {@code GET .../submissions/{submission_id}}:
 * the staff grader's answers, in snake_case, for an ORA of the course in the path only.
 */
class OraReadHandlersTest extends NativeHandlerTest {

    static final String ORA = "block-v1:OpenedX+DemoX+Demo_Course+type@openassessment+block@ora_essay1";
    static final String ADA = "8f2b6c1a-4d3e-4b7f-9a10-c5e2d7f81a01";
    static final String INITIALIZE = "/api/ora_staff_grader/initialize";
    static final String SUBMISSION = "/api/ora_staff_grader/submission";

    private static final String ORA_PATH = UNIFIED + COURSE + "/ora/" + ORA;

    @Test
    void anOraIsItsStaffGraderMetadataWithItsCourseAndSubmissionCount() {
        HttpResponse<String> answer = send("GET", ORA_PATH);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("ora.assessments.get");
        assertThat(body.path("ora_id").asString()).isEqualTo(ORA);
        assertThat(body.path("name").asString()).isEqualTo("Reflection Essay: Choosing an Algorithm");
        assertThat(body.path("rubric_config")
                        .path("criteria")
                        .get(0)
                        .path("name")
                        .asString())
                .isEqualTo("ideas");
        assertThat(body.path("rubric_config")
                        .path("criteria")
                        .get(1)
                        .path("options")
                        .get(2)
                        .path("points")
                        .asInt())
                .isEqualTo(5);
        assertThat(body.path("text_response_config").asString()).isEqualTo("required");
        assertThat(body.path("course").path("course_id").asString()).isEqualTo(COURSE);
        assertThat(body.path("submission_count").asInt()).isEqualTo(3);

        LoggedRequest call =
                received(getRequestedFor(urlPathEqualTo(INITIALIZE))).get(0);
        assertThat(call.queryParameter("oraLocation").firstValue()).isEqualTo(ORA);
        assertThat(RelayedToken.userOf(call)).isEqualTo("instructor");
        assertThat(calledPaths()).hasSize(1);
    }

    @Test
    void anOraOfAnotherCourseIsA400AndNothingIsAsked() {
        String elsewhere = "block-v1:OtherOrg+CS101+2026+type@openassessment+block@ora_essay1";

        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/ora/" + elsewhere);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString())
                .startsWith("ora_id: " + elsewhere + " (expected: the usage key of an openassessment block of");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aProblemOfTheCourseIsNoOra() {
        String problem = "block-v1:OpenedX+DemoX+Demo_Course+type@problem+block@d1b2f3a4e5";

        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/ora/" + problem + "/submissions");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void anOraTheStaffGraderCannotFindIsA404() {
        String missing = "block-v1:OpenedX+DemoX+Demo_Course+type@openassessment+block@retired";

        HttpResponse<String> answer = send("GET", UNIFIED + COURSE + "/ora/" + missing);

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).contains(missing);
        assertThat(json(answer).path("backend").asString()).isEqualTo("ora-staff-grader");
    }

    @Test
    void aLearnerGets403AndNoOraData() {
        HttpResponse<String> answer = getAs(learnerToken(), ORA_PATH + "/submissions");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("ada@example.com");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingStaffGraderIsA502NamingIt() {
        stub(get(urlPathEqualTo(INITIALIZE)).willReturn(serverError().withBody("<html>Server Error</html>")));

        HttpResponse<String> answer = send("GET", ORA_PATH);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("ora-staff-grader");
        assertThat(answer.body()).doesNotContain("<html>");
    }

    @Test
    void submissionsAreListedOldestFirstWithTheirUuidsAsIds() {
        HttpResponse<String> answer = send("GET", ORA_PATH + "/submissions?page_size=2");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(3);
        assertThat(body.path("num_pages").asInt()).isEqualTo(2);
        assertThat(body.path("results").findValuesAsString("username")).containsExactly("ada", "alan");
        assertThat(body.path("results").get(0).path("id").asString()).isEqualTo(ADA);
        assertThat(body.path("results").get(0).path("grade_status").asString()).isEqualTo("graded");
        assertThat(body.path("results")
                        .get(0)
                        .path("score")
                        .path("points_earned")
                        .asInt())
                .isEqualTo(8);
        assertThat(body.path("next").asString())
                .isEqualTo(uri(ORA_PATH + "/submissions?page=2&page_size=2").toString());
        assertThat(received(getRequestedFor(urlPathEqualTo(INITIALIZE)))).hasSize(1);
    }

    @Test
    void aSubmissionIsItsResponseAndGradeWithWhoseItIs() {
        HttpResponse<String> answer = send("GET", ORA_PATH + "/submissions/" + ADA);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("id").asString()).isEqualTo(ADA);
        assertThat(body.path("username").asString()).isEqualTo("ada");
        assertThat(body.path("grade_data").path("criteria").findValuesAsString("selected_option"))
                .containsExactly("good", "fair");
        assertThat(body.path("response").path("text").get(0).asString()).contains("Dijkstra");
        assertThat(body.has("warnings")).isFalse();

        LoggedRequest call =
                received(getRequestedFor(urlPathEqualTo(SUBMISSION))).get(0);
        assertThat(call.queryParameter("oraLocation").firstValue()).isEqualTo(ORA);
        assertThat(call.queryParameter("submissionUUID").firstValue()).isEqualTo(ADA);
        assertThat(received(getRequestedFor(urlPathEqualTo(INITIALIZE)))).hasSize(1);
    }

    @Test
    void aSubmissionWhoseLearnerCannotBeReadComesWithAWarning() {
        stub(get(urlPathEqualTo(INITIALIZE)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("GET", ORA_PATH + "/submissions/" + ADA);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.has("username")).isFalse();
        assertThat(body.path("grade_status").asString()).isEqualTo("graded");
        assertThat(body.path("warnings").get(0).asString()).startsWith("the submission's learner is missing");
    }

    @Test
    void aSubmissionIdThatIsNoUuidIsA400AndNothingIsAsked() {
        HttpResponse<String> answer = send("GET", ORA_PATH + "/submissions/42");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("submission_id: 42 (expected: a submission UUID");
        assertThat(calledPaths()).isEqualTo(List.of());
    }
}
