package dev.instructorgateway.gateway.handlers.bulkemail;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Cancels a scheduled bulk email. The {@code email_id} is the course email id, as on every bulk email route; the
 * schedules API deletes by schedule id, so the email is first found in the course's schedules (required) and its
 * schedule deleted, which revokes the send task: 204. Looking the schedule up through the course also keeps a
 * caller to schedules of the course whose role they hold, which the schedules API's delete does not check. An email
 * that is not scheduled is looked up in the sent history: a sent one is a 409 (a sent email cannot be unsent), an
 * unknown one a 404. The delete is sent once and never repeated.
 */
@Component
class BulkEmailCancelHandler implements NativeHandler {

    private final CourseEmails emails;
    private final BackendClient schedules;

    BulkEmailCancelHandler(CourseEmails emails, BackendClients clients) {
        this.emails = emails;
        this.schedules = clients.get(Backend.BULK_EMAIL_SCHEDULES);
    }

    @Override
    public String id() {
        return "bulk-email.emails.delete";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long emailId = CourseEmails.emailIdOf(request);

        return emails.scheduled(request.courseKey(), request.caller()).flatMap(scheduled -> {
            JsonNode schedule = scheduled.get(emailId);
            if (schedule == null) {
                return notScheduled(request, emailId);
            }
            return schedules
                    .delete(
                            "/api/instructor_task/v1/schedules/{}/bulk_email/{}",
                            request.courseKey(),
                            schedule.path("id").asLong())
                    .json(request.caller())
                    .then(ServerResponse.noContent().build());
        });
    }

    private Mono<ServerResponse> notScheduled(NativeRequest request, long emailId) {
        return emails.history(request.courseKey(), request.caller()).flatMap(history -> {
            boolean sent = history.stream()
                    .anyMatch(email -> email.path("email").path("id").asLong(0) == emailId);
            if (sent) {
                return Mono.error(new ProblemException(
                        ProblemType.LMS_REJECTED,
                        HttpStatus.CONFLICT,
                        "Bulk email " + emailId + " was already sent, so it cannot be deleted; only a scheduled"
                                + " email can be cancelled.",
                        HttpHeaders.EMPTY,
                        Map.of()));
            }
            return Mono.error(new ProblemException(
                    ProblemType.NOT_FOUND, "No bulk email " + emailId + " exists in this course."));
        });
    }
}
