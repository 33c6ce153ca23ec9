package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Set;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The native handlers the catalogue plans that are not written yet. Each answers 501 saying so; an id leaves
 * this list when its handler is written. Keeping the list explicit lets the catalogue check still catch a
 * mistyped handler id.
 */
public final class PendingHandlers {

    static final Set<String> IDS = Set.of(
            "analytics.dashboard-url.get",
            "analytics.summary.get",
            "analytics.engagement.get",
            "analytics.performance.get",
            "analytics.enrollment-stats.get");

    private PendingHandlers() {}

    static NativeHandler handler(String id) {
        return new NativeHandler() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Mono<ServerResponse> handle(NativeRequest request) {
                return Mono.error(new ProblemException(
                        ProblemType.NOT_IMPLEMENTED,
                        "The gateway does not serve " + request.entry().method() + " "
                                + request.entry().path() + " yet: its built-in handler " + id
                                + " is still to be written."));
            }
        };
    }
}
