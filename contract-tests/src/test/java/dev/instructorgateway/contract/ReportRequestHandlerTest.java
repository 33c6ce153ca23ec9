package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
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
 * {@code POST /data_downloads} on an LMS without instructor v2: the report type picks the legacy view that queues
 * the report, and the answer is the task-accepted one of the legacy report routes.
 */
class ReportRequestHandlerTest extends NativeHandlerTest {

    static final String DOWNLOADS = UNIFIED + COURSE + "/data_downloads";
    static final String TASKS_URL = UNIFIED + COURSE + "/instructor_tasks";
    private static final String LEGACY = "/courses/" + COURSE + "/instructor/api/";
    private static final String PROBLEM = "block-v1:OpenedX+DemoX+Demo_Course+type@problem+block@d1b2f3a4e5";

    @Test
    void aGradeReportIsQueuedByItsLegacyViewAnd202Accepted() {
        HttpResponse<String> answer = sendJson("POST", DOWNLOADS, "{\"report_type\": \"grade\"}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("data-export.downloads.create");
        assertThat(body.path("status").asString()).startsWith("The grade report is being created.");
        assertThat(body.path("instructor_tasks_url").asString()).isEqualTo(TASKS_URL);

        LoggedRequest call = received(postRequestedFor(urlPathEqualTo(LEGACY + "calculate_grades_csv")))
                .get(0);
        assertThat(call.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(RelayedToken.userOf(call)).isEqualTo("instructor");
        assertThat(calledPaths()).hasSize(1);
    }

    @Test
    void problemResponsesNameTheProblemAndGiveTheTaskId() {
        HttpResponse<String> answer = sendJson(
                "POST",
                DOWNLOADS,
                "{\"report_type\": \"problem_responses\", \"problem_location\": \"" + PROBLEM + "\"}");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(202);
        assertThat(body.path("task_id").asString()).isEqualTo("d4c7a2e9-5b13-4f8e-a6c0-3e9b1f2d7a48");
        LoggedRequest call = received(postRequestedFor(urlPathEqualTo(LEGACY + "get_problem_responses")))
                .get(0);
        assertThat(call.formParameter("problem_location").firstValue()).isEqualTo(PROBLEM);
    }

    @Test
    void eachReportTypeReachesItsOwnView() {
        sendJson("POST", DOWNLOADS, "{\"report_type\": \"enrolled_students\"}");
        sendJson("POST", DOWNLOADS, "{\"report_type\": \"ora2_submission_files\"}");

        assertThat(calledPaths())
                .containsExactly(
                        "POST " + LEGACY + "get_students_features/csv",
                        "POST " + LEGACY + "export_ora2_submission_files");
    }

    @Test
    void anUnknownReportTypeIsA400ListingTheKnownOnesAndNothingIsSent() {
        HttpResponse<String> answer = sendJson("POST", DOWNLOADS, "{\"report_type\": \"everything\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString())
                .startsWith("report_type: \"everything\" (expected: one of enrolled_students, pending_enrollments,")
                .contains("ora2_data");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void issuedCertificatesNeedInstructorV2() {
        HttpResponse<String> answer = sendJson("POST", DOWNLOADS, "{\"report_type\": \"issued_certificates\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).contains("certificates?csv=true");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void problemResponsesWithoutAProblemAreA400AndNothingIsSent() {
        HttpResponse<String> answer = sendJson("POST", DOWNLOADS, "{\"report_type\": \"problem_responses\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("problem_location: missing (expected:");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingLmsIsA502AndTheRequestIsSentOnce() {
        stub(post(urlPathEqualTo(LEGACY + "calculate_grades_csv")).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("POST", DOWNLOADS, "{\"report_type\": \"grade\"}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("lms-legacy");
        assertThat(received(postRequestedFor(urlPathEqualTo(LEGACY + "calculate_grades_csv"))))
                .hasSize(1);
    }

    @Test
    void aReportAlreadyRunningKeepsTheLmsRefusal() {
        stub(post(urlPathEqualTo(LEGACY + "problem_grade_report"))
                .willReturn(aResponse()
                        .withStatus(400)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": \"The problem grade report is being created. You will be able to"
                                + " download the report when it is complete.\"}")));

        HttpResponse<String> answer = sendJson("POST", DOWNLOADS, "{\"report_type\": \"problem_grade\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).contains("is being created");
    }

    @Test
    void aLearnerGets403AndNothingIsQueued() {
        HttpResponse<String> answer = sendRaw(HttpRequest.newBuilder(uri(DOWNLOADS))
                .header("Authorization", "JWT " + learnerToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"report_type\": \"grade\"}")));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
