package dev.instructorgateway.gateway.routing;

import java.util.List;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a {@link ServerResponse} into a gateway exchange with the application's codecs. Native handlers and
 * the problem writer answer through it, so they serialize JSON exactly as the rest of the application does.
 */
@Component
public class ServerResponses {

    private final ServerResponse.Context context;

    public ServerResponses(ServerCodecConfigurer codecs) {
        List<HttpMessageWriter<?>> writers = codecs.getWriters();
        this.context = new ServerResponse.Context() {
            @Override
            public List<HttpMessageWriter<?>> messageWriters() {
                return writers;
            }

            @Override
            public List<ViewResolver> viewResolvers() {
                return List.of();
            }
        };
    }

    public Mono<Void> write(ServerWebExchange exchange, ServerResponse response) {
        exchange.getResponse().getHeaders().set(RouteIdHeader.NAME, RouteIdHeader.routeId(exchange));
        return response.writeTo(exchange, context);
    }
}
