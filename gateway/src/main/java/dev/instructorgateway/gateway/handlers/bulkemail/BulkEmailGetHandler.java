package dev.instructorgateway.gateway.handlers.bulkemail;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * One bulk email by its course email id. The LMS has no read of a single email, so it is looked up in the sent
 * history and the schedules, as the list does (history required, schedules an enrichment); an id in neither is a
 * 404.
 */
@Component
class BulkEmailGetHandler implements NativeHandler {

    private final CourseEmails emails;

    BulkEmailGetHandler(CourseEmails emails) {
        this.emails = emails;
    }

    @Override
    public String id() {
        return "bulk-email.emails.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long emailId = CourseEmails.emailIdOf(request);

        return emails.list(request.courseKey(), request.caller())
                .flatMap(listed -> listed.find(emailId)
                        .map(email -> ServerResponse.ok().bodyValue(Part.warn(email, listed.schedules())))
                        .orElseGet(() -> Mono.error(new ProblemException(
                                ProblemType.NOT_FOUND,
                                "No bulk email " + emailId + " exists in this course"
                                        + (listed.schedules().present()
                                                ? "."
                                                : " (its scheduled emails could not be read).")))));
    }
}
