package dev.instructorgateway.gateway.problem;

import dev.instructorgateway.gateway.observability.RequestLog;
import dev.instructorgateway.gateway.routing.RouteIdHeader;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import io.netty.channel.ConnectTimeoutException;
import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * The one place where failures become answers: the gateway's own problems keep their status, a backend that
 * cannot be reached is a 502, one that does not answer in time a 504, and anything unexpected a 500 whose
 * detail reveals nothing internal. Runs before Spring Boot's default handler, which would answer HTML or a
 * stack-trace-shaped body.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }

        String routeId = RouteIdHeader.routeId(exchange);
        if (failure instanceof ProblemException problem) {
            return RequestLog.debug(log, "[{}] {}: {}", routeId, problem.type().title(), problem.getMessage())
                    .then(writer.write(exchange, problem));
        }
        if (isTimeout(failure)) {
            return RequestLog.debug(log, "[{}] the LMS did not answer in time: {}", routeId, failure.toString())
                    .then(writer.write(
                            exchange,
                            ProblemType.BACKEND_TIMEOUT,
                            "The LMS did not answer in time.",
                            HttpHeaders.EMPTY));
        }
        if (isUnreachable(failure)) {
            return RequestLog.warn(log, "[{}] the LMS could not be reached: {}", routeId, failure.toString())
                    .then(writer.write(
                            exchange,
                            ProblemType.BACKEND_UNAVAILABLE,
                            "The LMS could not be reached.",
                            HttpHeaders.EMPTY));
        }
        if (failure instanceof ResponseStatusException status) {
            return writeStatus(exchange, status);
        }

        return RequestLog.error(log, "[{}] unexpected failure", routeId, failure)
                .then(writer.write(
                        exchange,
                        ProblemType.INTERNAL,
                        "The gateway failed to handle the request.",
                        HttpHeaders.EMPTY));
    }

    private Mono<Void> writeStatus(ServerWebExchange exchange, ResponseStatusException status) {
        HttpStatus code = HttpStatus.resolve(status.getStatusCode().value());
        ProblemType type = switch (code == null ? HttpStatus.INTERNAL_SERVER_ERROR : code) {
            case GATEWAY_TIMEOUT -> ProblemType.BACKEND_TIMEOUT;
            case BAD_GATEWAY, SERVICE_UNAVAILABLE -> ProblemType.BACKEND_UNAVAILABLE;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case METHOD_NOT_ALLOWED -> ProblemType.METHOD_NOT_ALLOWED;
            case BAD_REQUEST -> ProblemType.INVALID_PARAMETER;
            default -> ProblemType.INTERNAL;
        };
        String detail = status.getReason() == null ? type.title() + "." : status.getReason();
        return writer.write(exchange, type, detail, status.getHeaders());
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException
                || failure instanceof ConnectTimeoutException
                || failure.getCause() instanceof TimeoutException;
    }

    /** A refused, reset or broken connection to the LMS: every I/O failure on the way there or back. */
    private static boolean isUnreachable(Throwable failure) {
        return failure instanceof IOException
                || failure.getCause() instanceof IOException
                || failure instanceof PrematureCloseException;
    }
}
