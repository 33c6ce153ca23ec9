package dev.instructorgateway.gateway.observability;

import org.slf4j.Logger;
import reactor.core.publisher.Mono;

/**
 * Log lines written for a request, with its trace id in the MDC.
 *
 * <p>Reactor restores thread-local context (the trace) only in the operators that ask for it, {@code handle} among
 * them; restoring it on every signal would cost a third of the gateway's throughput. A request's log line is
 * therefore written from a {@code handle} when the returned {@code Mono} is subscribed, inside the request's chain.
 * A level that is off costs nothing.
 */
public final class RequestLog {

    private RequestLog() {}

    public static Mono<Void> debug(Logger log, String format, Object... arguments) {
        return log.isDebugEnabled() ? write(() -> log.debug(format, arguments)) : Mono.empty();
    }

    public static Mono<Void> warn(Logger log, String format, Object... arguments) {
        return log.isWarnEnabled() ? write(() -> log.warn(format, arguments)) : Mono.empty();
    }

    /** An ERROR line; a {@link Throwable} as the last argument is logged with its stack trace. */
    public static Mono<Void> error(Logger log, String format, Object... arguments) {
        return log.isErrorEnabled() ? write(() -> log.error(format, arguments)) : Mono.empty();
    }

    private static Mono<Void> write(Runnable line) {
        return Mono.just(line).handle((statement, sink) -> {
            statement.run();
            sink.complete();
        });
    }
}
