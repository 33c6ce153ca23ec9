package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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
 * {@code GET /bulk_email}, {@code GET /bulk_email/{email_id}} and {@code DELETE /bulk_email/{email_id}}: the sent
 * history and the schedules as one list keyed by course email id, and cancelling a scheduled email through its
 * schedule.
 */
class BulkEmailHandlersTest extends NativeHandlerTest {

    private static final String EMAILS = UNIFIED + COURSE + "/bulk_email";
    private static final String HISTORY = "/courses/" + COURSE + "/instructor/api/list_email_content";
    private static final String SCHEDULES = "/api/instructor_task/v1/schedules/" + COURSE + "/bulk_email/";

    @Test
    void sentAndScheduledEmailsAreOneListEachSayingWhichItIs() {
        HttpResponse<String> answer = send("GET", EMAILS);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("bulk-email.emails.list");
        assertThat(body.path("count").asInt()).isEqualTo(3);
        assertThat(body.path("results").findValuesAsString("status")).containsExactly("sent", "sent", "scheduled");
        JsonNode sent = body.path("results").get(0);
        assertThat(sent.path("id").asLong()).isEqualTo(41);
        assertThat(sent.path("subject").asString()).isEqualTo("Week 2 is open: graph search");
        assertThat(sent.path("number_sent").asString()).isEqualTo("4 sent");
        JsonNode scheduled = body.path("results").get(2);
        assertThat(scheduled.path("id").asLong()).isEqualTo(43);
        assertThat(scheduled.path("schedule_id").asLong()).isEqualTo(5);
        assertThat(scheduled.path("scheduled_for").asString()).isEqualTo("2026-12-15T09:00:00Z");
        assertThat(scheduled.has("number_sent")).isFalse();
        assertThat(body.has("warnings")).isFalse();

        LoggedRequest history =
                received(postRequestedFor(urlPathEqualTo(HISTORY))).get(0);
        assertThat(history.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(RelayedToken.userOf(history)).isEqualTo("instructor");
        LoggedRequest schedules =
                received(getRequestedFor(urlPathEqualTo(SCHEDULES))).get(0);
        assertThat(schedules.getUrl()).isEqualTo(SCHEDULES + "?page=1&page_size=100");
        assertThat(RelayedToken.userOf(schedules)).isEqualTo("instructor");
    }

    @Test
    void everyPageOfSchedulesIsRead() {
        String firstPage = """
                {"count": 2, "num_pages": 2, "current_page": 1, "next": "p2",
                 "results": [{"id": 5, "course_email": {"id": 43}, "task_due": "2026-12-15T09:00:00Z"}]}""";
        String secondPage = """
                {"count": 2, "num_pages": 2, "current_page": 2, "next": null,
                 "results": [{"id": 6, "task_due": "2027-06-01T09:00:00Z",
                              "course_email": {"id": 44, "subject": "Final exam", "sender": "staff",
                                               "targets": ["learners"]}}]}""";
        stub(get(urlPathEqualTo(SCHEDULES)).withQueryParam("page", equalTo("1")).willReturn(okJson(firstPage)));
        stub(get(urlPathEqualTo(SCHEDULES)).withQueryParam("page", equalTo("2")).willReturn(okJson(secondPage)));

        JsonNode body = json(send("GET", EMAILS));

        assertThat(body.path("count").asInt()).isEqualTo(4);
        JsonNode onlyScheduled = body.path("results").get(3);
        assertThat(onlyScheduled.path("id").asLong()).isEqualTo(44);
        assertThat(onlyScheduled.path("subject").asString()).isEqualTo("Final exam");
        assertThat(onlyScheduled.path("status").asString()).isEqualTo("scheduled");
        assertThat(received(getRequestedFor(urlPathEqualTo(SCHEDULES)))).hasSize(2);
    }

    @Test
    void failingSchedulesLeaveTheHistoryWithoutStatusesAndAWarning() {
        stub(get(urlPathEqualTo(SCHEDULES)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("GET", EMAILS);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("results")).hasSize(3);
        assertThat(body.path("results").findValues("status")).isEmpty();
        assertThat(body.path("warnings").get(0).asString()).startsWith("status is missing");
    }

    @Test
    void aFailingHistoryIsA502NamingTheLegacyLms() {
        stub(post(urlPathEqualTo(HISTORY)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", EMAILS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("lms-legacy");
    }

    @Test
    void aLearnerGets403AndNoEmails() {
        HttpResponse<String> answer = getAs(learnerToken(), EMAILS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain("Midterm");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void oneEmailIsFoundByItsId() {
        JsonNode sent = json(send("GET", EMAILS + "/42"));
        JsonNode scheduled = json(send("GET", EMAILS + "/43"));

        assertThat(sent.path("subject").asString()).isEqualTo("Grading reminder for the course team");
        assertThat(sent.path("status").asString()).isEqualTo("sent");
        assertThat(scheduled.path("status").asString()).isEqualTo("scheduled");
        assertThat(scheduled.path("schedule_id").asLong()).isEqualTo(5);
    }

    @Test
    void anUnknownEmailIsA404() {
        HttpResponse<String> answer = send("GET", EMAILS + "/99");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).isEqualTo("No bulk email 99 exists in this course.");
    }

    @Test
    void anEmailIdThatIsNoNumberIsA400AndNothingIsAsked() {
        HttpResponse<String> answer = send("GET", EMAILS + "/latest");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("email_id: latest (expected:");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aScheduledEmailIsCancelledThroughItsSchedule() {
        HttpResponse<String> answer = send("DELETE", EMAILS + "/43");

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("bulk-email.emails.delete");
        LoggedRequest cancel =
                received(deleteRequestedFor(urlPathEqualTo(SCHEDULES + "5"))).get(0);
        assertThat(RelayedToken.userOf(cancel)).isEqualTo("instructor");
        assertThat(received(postRequestedFor(urlPathEqualTo(HISTORY)))).isEmpty();
    }

    @Test
    void aSentEmailIsA409AndNothingIsDeleted() {
        HttpResponse<String> answer = send("DELETE", EMAILS + "/41");

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(json(answer).path("detail").asString()).contains("already sent, so it cannot be deleted");
        assertThat(calledPaths()).noneMatch(call -> call.startsWith("DELETE"));
    }

    @Test
    void anUnknownEmailIsA404AndNothingIsDeleted() {
        HttpResponse<String> answer = send("DELETE", EMAILS + "/99");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(calledPaths()).noneMatch(call -> call.startsWith("DELETE"));
    }

    @Test
    void aFailingCancelIsA502AndIsSentOnce() {
        stub(delete(urlPathEqualTo(SCHEDULES + "5")).willReturn(serverError()));

        HttpResponse<String> answer = send("DELETE", EMAILS + "/43");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("bulk-email-schedules");
        assertThat(received(deleteRequestedFor(urlPathEqualTo(SCHEDULES + "5"))))
                .hasSize(1);
    }

    @Test
    void aLearnerCannotCancelAnEmail() {
        HttpResponse<String> answer = sendRaw(HttpRequest.newBuilder(uri(EMAILS + "/43"))
                .header("Authorization", "JWT " + learnerToken())
                .DELETE());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
