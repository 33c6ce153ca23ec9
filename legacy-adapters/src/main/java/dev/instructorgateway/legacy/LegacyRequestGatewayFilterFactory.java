package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.FieldSource;
import dev.instructorgateway.catalogue.LegacyCall;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rewrites a unified request into the call a legacy view reads: path variables, query parameters and JSON
 * members become the view's fields (form-encoded, in the query string, or as JSON, as the catalogue says),
 * lists are joined the way the LMS splits them and booleans spelled the way it parses them. Only this filter
 * reads the client's body, and only up to the configured size.
 *
 * <p>In route definitions this is attached from the catalogue, one instance per legacy entry.
 */
public class LegacyRequestGatewayFilterFactory
        extends AbstractGatewayFilterFactory<LegacyRequestGatewayFilterFactory.Config> {

    /** Exchange attribute holding the fields sent to the legacy view, for the response adapters. */
    public static final String PARAMETERS_ATTRIBUTE = LegacyRequestGatewayFilterFactory.class.getName() + ".fields";

    private static final Logger log = LoggerFactory.getLogger(LegacyRequestGatewayFilterFactory.class);

    private final JsonMapper mapper;
    private final FieldResolver resolver;
    private final Map<String, LegacyLookup> lookups = new HashMap<>();
    private final ClientJsonBody body;

    public LegacyRequestGatewayFilterFactory(JsonMapper mapper, List<LegacyLookup> lookups, DataSize maxBody) {
        super(Config.class);
        this.mapper = mapper;
        this.resolver = new FieldResolver(mapper);
        lookups.forEach(lookup -> this.lookups.put(lookup.name(), lookup));
        this.body = new ClientJsonBody(mapper, Math.toIntExact(maxBody.toBytes()));
    }

    /** The names of the lookups this factory can resolve. */
    public java.util.Set<String> lookupNames() {
        return java.util.Set.copyOf(lookups.keySet());
    }

    @Override
    public GatewayFilter apply(Config config) {
        LegacyCall call = Objects.requireNonNull(config.getCall(), "call");
        HttpMethod method = HttpMethod.valueOf(call.method().name());
        boolean readsBody = call.fields().values().stream().anyMatch(s -> s.origin() == FieldSource.Origin.BODY);
        Map<String, String> clientNames = ClientNames.of(call);

        return (exchange, chain) -> {
            Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
            ProblemException unserved = unservedValue(call, variables);
            if (unserved != null) {
                return Mono.error(unserved);
            }

            return readBody(exchange, readsBody)
                    .zipWith(resolveLookups(exchange, call, variables))
                    .map(inputs -> {
                        ClientInput input =
                                new ClientInput(variables, exchange.getRequest().getQueryParams(), inputs.getT1());
                        LegacyParameters parameters = resolver.resolve(call.fields(), input, inputs.getT2());
                        exchange.getAttributes().put(PARAMETERS_ATTRIBUTE, parameters.asMap());
                        exchange.getAttributes().put(ClientNames.ATTRIBUTE, clientNames);
                        return rewrite(exchange.getRequest(), method, call, variables, parameters);
                    })
                    // handle: the one operator where Reactor puts the request's trace in the MDC for the log line
                    .<ServerHttpRequest>handle((request, sink) -> {
                        if (log.isDebugEnabled()) {
                            log.debug(
                                    "[{}] legacy call {} {}",
                                    routeId(exchange),
                                    method,
                                    request.getURI().getRawPath());
                        }
                        sink.next(request);
                    })
                    .flatMap(request ->
                            chain.filter(exchange.mutate().request(request).build()));
        };
    }

    /** A path value the legacy view cannot serve (a mode other than honor for the mode price view, say). */
    static @Nullable ProblemException unservedValue(LegacyCall call, Map<String, String> variables) {
        for (Map.Entry<String, List<String>> accepted : call.accepts().entrySet()) {
            String value = variables.get(accepted.getKey());
            if (value != null && !accepted.getValue().contains(value)) {
                return new ProblemException(
                        ProblemType.INVALID_PARAMETER,
                        accepted.getKey() + ": " + value + " (expected: " + String.join(" or ", accepted.getValue())
                                + ", the only values the LMS serves here)");
            }
        }
        return null;
    }

    private ServerHttpRequest rewrite(
            ServerHttpRequest original,
            HttpMethod method,
            LegacyCall call,
            Map<String, String> variables,
            LegacyParameters parameters) {
        String path = LegacyPaths.expand(call.path(), variables);

        return switch (call.encoding()) {
            case QUERY -> {
                String query = parameters.formEncoded();
                yield RewrittenRequest.of(original, method, path, query.isEmpty() ? null : query, null, null);
            }
            case FORM ->
                RewrittenRequest.of(
                        original,
                        method,
                        path,
                        null,
                        MediaType.APPLICATION_FORM_URLENCODED,
                        RewrittenRequest.utf8(parameters.formEncoded()));
            case JSON ->
                RewrittenRequest.of(
                        original,
                        method,
                        path,
                        null,
                        MediaType.APPLICATION_JSON,
                        mapper.writeValueAsBytes(parameters.toJson(mapper)));
            case NONE -> RewrittenRequest.of(original, method, path, null, null, null);
            case MULTIPART ->
                throw new IllegalStateException(
                        "multipart legacy calls are rewritten by LegacyUploadGatewayFilterFactory");
        };
    }

    /** The client's JSON object, or an empty object when the call reads no body or none was sent. */
    private Mono<JsonNode> readBody(ServerWebExchange exchange, boolean readsBody) {
        return readsBody ? body.read(exchange) : Mono.just(mapper.createObjectNode());
    }

    private Mono<Map<String, String>> resolveLookups(
            ServerWebExchange exchange, LegacyCall call, Map<String, String> variables) {
        List<String> names = call.fields().values().stream()
                .filter(source -> source.origin() == FieldSource.Origin.LOOKUP)
                .map(FieldSource::name)
                .distinct()
                .toList();
        if (names.isEmpty()) {
            return Mono.just(Map.of());
        }

        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String lmsBaseUrl = Objects.requireNonNull(route, "route").getUri().toString();
        return Flux.fromIterable(names)
                .flatMap(name ->
                        lookup(name).resolve(exchange, lmsBaseUrl, variables).map(v -> Map.entry(name, v)))
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    private LegacyLookup lookup(String name) {
        LegacyLookup lookup = lookups.get(name);
        if (lookup == null) {
            throw new IllegalStateException("no lookup named " + name);
        }
        return lookup;
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "?" : route.getId();
    }

    /** The legacy call to make. */
    public static class Config {

        private LegacyCall call;

        public LegacyCall getCall() {
            return call;
        }

        public Config setCall(LegacyCall call) {
            this.call = call;
            return this;
        }
    }
}
