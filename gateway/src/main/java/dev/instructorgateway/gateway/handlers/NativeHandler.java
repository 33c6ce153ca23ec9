package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.gateway.access.CourseAccess;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A built-in handler for an endpoint the legacy API lacks. Each is a bean; the catalogue names it by
 * {@link #id()}, and the application refuses to start if a catalogue entry names a handler nobody wrote.
 * The caller's course role is checked against {@link #access()} before the handler runs.
 */
public interface NativeHandler {

    /** The id catalogue entries use in {@code native.handler}. */
    String id();

    /** The course role a caller needs; course staff unless the LMS's own view for this data asks for more. */
    default CourseAccess access() {
        return CourseAccess.STAFF;
    }

    /** Answers the request, or signals a {@code ProblemException}. */
    Mono<ServerResponse> handle(NativeRequest request);
}
