package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.HttpVerb;
import dev.instructorgateway.catalogue.PathTemplate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Sends a unified request to the legacy view that serves it: the legacy method (most instructor views are
 * POST-only, reads included) and the legacy path with the course key placed as the LMS expects it. Query and
 * body travel as the client sent them; the rewriting filters adapt them where a view needs another shape.
 *
 * <p>In route definitions this is {@code LegacyForward=POST,/courses/{course_key}/instructor/api/...}.
 */
public class LegacyForwardGatewayFilterFactory
        extends AbstractGatewayFilterFactory<LegacyForwardGatewayFilterFactory.Config> {

    private static final Logger log = LoggerFactory.getLogger(LegacyForwardGatewayFilterFactory.class);

    public LegacyForwardGatewayFilterFactory() {
        super(Config.class);
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("method", "path");
    }

    @Override
    public GatewayFilter apply(Config config) {
        HttpMethod method = HttpMethod.valueOf(config.getMethod().name());
        PathTemplate path = PathTemplate.parse(config.getPath());

        return (exchange, chain) -> {
            Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
            String legacyPath = LegacyPaths.expand(path, variables);

            var request = exchange.getRequest()
                    .mutate()
                    .method(method)
                    .path(legacyPath)
                    .build();
            if (!log.isDebugEnabled()) {
                return chain.filter(exchange.mutate().request(request).build());
            }
            // handle: the one operator where Reactor puts the request's trace in the MDC for the log line
            return Mono.just(request)
                    .<ServerHttpRequest>handle((forwarded, sink) -> {
                        log.debug("[{}] legacy call {} {}", routeId(exchange), method, legacyPath);
                        sink.next(forwarded);
                    })
                    .flatMap(forwarded ->
                            chain.filter(exchange.mutate().request(forwarded).build()));
        };
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "?" : route.getId();
    }

    /** The legacy call: its method and path template. */
    public static class Config {

        private HttpVerb method = HttpVerb.POST;
        private String path = "";

        public HttpVerb getMethod() {
            return method;
        }

        public Config setMethod(HttpVerb method) {
            this.method = method;
            return this;
        }

        public String getPath() {
            return path;
        }

        public Config setPath(String path) {
            this.path = path;
            return this;
        }
    }
}
