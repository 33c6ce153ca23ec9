package dev.instructorgateway.gateway.handlers;

import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A built-in handler for an endpoint the legacy API lacks. Each is a bean; the catalogue names it by
 * {@link #id()}, and the application refuses to start if a catalogue entry names a handler nobody wrote.
 */
public interface NativeHandler {

    /** The id catalogue entries use in {@code native.handler}. */
    String id();

    /** Answers the request, or signals a {@code ProblemException}. */
    Mono<ServerResponse> handle(NativeRequest request);
}
