package dev.instructorgateway.legacy;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.cloud.gateway.filter.OrderedGatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClientResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adapts a legacy view's answer to the unified contract: JSON members in snake_case, a bare string as
 * {@code {"message": ...}}, the entry's response adapter applied, and every LMS error (including an HTML page)
 * turned into a problem. Answers that are not JSON, such as a CSV download, stream through untouched; JSON is
 * read once, up to the configured size.
 */
public class LegacyResponseGatewayFilterFactory
        extends AbstractGatewayFilterFactory<LegacyResponseGatewayFilterFactory.Config> {

    /** Runs before the gateway writes the LMS's answer, so it can decorate the response that is written. */
    static final int ORDER = NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;

    private final JsonMapper mapper;
    private final ResponseAdapters adapters;
    private final int maxBodyBytes;

    public LegacyResponseGatewayFilterFactory(JsonMapper mapper, DataSize maxBody) {
        super(Config.class);
        this.mapper = mapper;
        this.adapters = new ResponseAdapters(mapper);
        this.maxBodyBytes = Math.toIntExact(maxBody.toBytes());
    }

    /** The adapter names this factory knows, for the catalogue's validation. */
    public Set<String> adapterNames() {
        return adapters.names();
    }

    @Override
    public List<String> shortcutFieldOrder() {
        return List.of("adapter");
    }

    @Override
    public GatewayFilter apply(Config config) {
        ResponseAdapter adapter = adapters.find(config.getAdapter())
                .orElseThrow(() -> new IllegalArgumentException("no response adapter named " + config.getAdapter()));

        GatewayFilter filter = (exchange, chain) -> chain.filter(
                exchange.mutate().response(new Adapting(exchange, adapter)).build());
        return new OrderedGatewayFilter(filter, ORDER);
    }

    private final class Adapting extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;
        private final ResponseAdapter adapter;

        Adapting(ServerWebExchange exchange, ResponseAdapter adapter) {
            super(exchange.getResponse());
            this.exchange = exchange;
            this.adapter = adapter;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            HttpStatusCode status = getStatusCode() == null ? HttpStatus.OK : getStatusCode();
            MediaType type = getHeaders().getContentType();
            if (status.is2xxSuccessful()
                    && type != null
                    && !isJson(type)
                    && !type.isCompatibleWith(MediaType.TEXT_HTML)) {
                return super.writeWith(body);
            }

            return DataBufferUtils.join(Flux.from(body), maxBodyBytes)
                    .map(LegacyResponseGatewayFilterFactory::drain)
                    .defaultIfEmpty(new byte[0])
                    .onErrorMap(
                            DataBufferLimitException.class,
                            e -> new ProblemException(
                                    ProblemType.LMS_FAILED,
                                    "The LMS's answer is larger than " + maxBodyBytes + " bytes."))
                    .flatMap(bytes -> write(status, type, bytes));
        }

        private Mono<Void> write(HttpStatusCode status, @Nullable MediaType type, byte[] bytes) {
            if (status.isError()) {
                return Mono.error(LmsErrors.problem(status, reasonPhrase(), type, bytes, clientNames(), mapper));
            }
            if (type != null && !isJson(type)) {
                return Mono.error(new ProblemException(
                        ProblemType.LMS_FAILED, "The LMS answered " + status.value() + " with an HTML page."));
            }

            JsonNode body = normalize(bytes);
            if (isErrorOnly(body)) {
                return Mono.error(LmsErrors.problem(
                        HttpStatus.BAD_REQUEST, null, MediaType.APPLICATION_JSON, bytes, clientNames(), mapper));
            }
            ResponseAdapter.Answer answer = adapter.adapt(status, body, context());

            setStatusCode(answer.status());
            HttpHeaders headers = getHeaders();
            headers.remove(HttpHeaders.TRANSFER_ENCODING);
            if (answer.body() == null) {
                headers.remove(HttpHeaders.CONTENT_TYPE);
                headers.setContentLength(0);
                return super.writeWith(Flux.empty());
            }
            byte[] json = mapper.writeValueAsBytes(answer.body());
            headers.setContentType(MediaType.APPLICATION_JSON);
            headers.setContentLength(json.length);
            return super.writeWith(Mono.just(bufferFactory().wrap(json)));
        }

        private @Nullable JsonNode normalize(byte[] bytes) {
            if (bytes.length == 0) {
                return null;
            }
            JsonNode parsed;
            try {
                parsed = mapper.readTree(bytes);
            } catch (JacksonException e) {
                throw new ProblemException(
                        ProblemType.LMS_FAILED, "The LMS answered with JSON the gateway cannot read.");
            }
            if (parsed.isString()) {
                return mapper.createObjectNode().put("message", parsed.stringValue());
            }
            return SnakeCase.keys(parsed, mapper);
        }

        private ResponseAdapter.Context context() {
            Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
            Map<String, List<String>> fields =
                    exchange.getAttributeOrDefault(LegacyRequestGatewayFilterFactory.PARAMETERS_ATTRIBUTE, Map.of());
            String courseKey = variables.getOrDefault("course_key", "");
            String coursePath =
                    "/api/instructor/v1/courses/" + UriUtils.encodePathSegment(courseKey, StandardCharsets.UTF_8);
            return new ResponseAdapter.Context(variables, fields, coursePath);
        }

        private Map<String, String> clientNames() {
            return exchange.getAttributeOrDefault(ClientNames.ATTRIBUTE, Map.of());
        }

        private @Nullable String reasonPhrase() {
            HttpClientResponse lms = exchange.getAttribute(ServerWebExchangeUtils.CLIENT_RESPONSE_ATTR);
            return lms == null ? null : lms.status().reasonPhrase();
        }
    }

    /** A 200 whose whole answer is {@code {"error": ...}} is how older views report a failure. */
    private static boolean isErrorOnly(@Nullable JsonNode body) {
        return body != null && body.isObject() && body.size() == 1 && body.has("error");
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.getSubtype().endsWith("+json");
    }

    private static byte[] drain(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** The name of the response adapter. */
    public static class Config {

        private String adapter = "normalize";

        public String getAdapter() {
            return adapter;
        }

        public Config setAdapter(String adapter) {
            this.adapter = adapter;
            return this;
        }
    }
}
