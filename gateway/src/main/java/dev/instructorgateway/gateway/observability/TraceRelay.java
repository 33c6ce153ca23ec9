package dev.instructorgateway.gateway.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler.TracingContext;
import io.micrometer.tracing.propagation.Propagator;
import org.jspecify.annotations.Nullable;
import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * Puts the request's trace on every call a legacy or pass-through route makes to the LMS ({@code traceparent}, a
 * child of the gateway's server span), so the LMS's logs join the client's trace.
 *
 * <p>The gateway's own client observation would do the same, but it opens a second observation per proxied call,
 * and its meter clashes with the WebClient's {@code http.client.requests} in Prometheus. The server span already
 * stands for the call: the route timer measures it.
 */
final class TraceRelay implements HttpHeadersFilter {

    private final Propagator propagator;

    TraceRelay(Propagator propagator) {
        this.propagator = propagator;
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        Span span = serverSpan(exchange);
        if (span == null) {
            return input;
        }

        HttpHeaders traced = new HttpHeaders();
        traced.putAll(input);
        propagator.inject(span.context(), traced, HttpHeaders::set);
        return traced;
    }

    private static @Nullable Span serverSpan(ServerWebExchange exchange) {
        TracingContext tracing = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(server -> server.<TracingContext>get(TracingContext.class))
                .orElse(null);
        return tracing == null ? null : tracing.getSpan();
    }
}
