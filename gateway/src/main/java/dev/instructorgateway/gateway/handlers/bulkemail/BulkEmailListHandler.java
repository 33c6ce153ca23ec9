package dev.instructorgateway.gateway.handlers.bulkemail;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import dev.instructorgateway.gateway.handlers.Part;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The course's bulk emails, sent and scheduled, in one list and the gateway's pagination contract. Neither source
 * pages the way a client asks (the history comes whole, the schedules in pages of their own), and a course sends
 * tens of emails, not thousands, so the gateway merges both lists and cuts the page. The sent history is required;
 * the schedules are an enrichment whose failure leaves the emails without a {@code status} and adds a warning (see
 * {@link CourseEmails}).
 */
@Component
class BulkEmailListHandler implements NativeHandler {

    private final CourseEmails emails;

    BulkEmailListHandler(CourseEmails emails) {
        this.emails = emails;
    }

    @Override
    public String id() {
        return "bulk-email.emails.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();

        return emails.list(request.courseKey(), request.caller())
                .flatMap(listed ->
                        ServerResponse.ok().bodyValue(Part.warn(page.slice(listed.emails()), listed.schedules())));
    }
}
