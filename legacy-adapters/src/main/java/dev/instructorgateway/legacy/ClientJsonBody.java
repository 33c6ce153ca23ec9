package dev.instructorgateway.legacy;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.MediaType;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON object a client sent, at most {@code maxBytes} of it. Legacy rewrites and native handlers read
 * bodies through this one class, so a client meets the same limit and the same answers everywhere: 413 above
 * the limit, 415 for a body that is not JSON, 400 for malformed JSON or a JSON value that is not an object. An
 * empty body is an empty object.
 */
public final class ClientJsonBody {

    private final JsonMapper mapper;
    private final int maxBytes;

    public ClientJsonBody(JsonMapper mapper, int maxBytes) {
        this.mapper = mapper;
        this.maxBytes = maxBytes;
    }

    public Mono<JsonNode> read(ServerWebExchange exchange) {
        MediaType type = exchange.getRequest().getHeaders().getContentType();

        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBytes)
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .defaultIfEmpty(new byte[0])
                .map(bytes -> parse(bytes, type))
                .onErrorMap(
                        DataBufferLimitException.class,
                        e -> new ProblemException(
                                ProblemType.PAYLOAD_TOO_LARGE,
                                "The request body is larger than " + maxBytes + " bytes."));
    }

    private JsonNode parse(byte[] bytes, @Nullable MediaType type) {
        if (bytes.length == 0) {
            return mapper.createObjectNode();
        }
        if (type == null
                || !(type.isCompatibleWith(MediaType.APPLICATION_JSON)
                        || type.getSubtype().endsWith("+json"))) {
            throw new ProblemException(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type: " + type + " (expected: application/json)");
        }

        JsonNode body;
        try {
            body = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER, "The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (!body.isObject()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, "The request body must be a JSON object.");
        }
        return body;
    }
}
