package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.FieldSource;
import dev.instructorgateway.catalogue.LegacyCall;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.CharSequenceEncoder;
import org.springframework.core.codec.DataBufferEncoder;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.EncoderHttpMessageWriter;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.MultipartHttpMessageWriter;
import org.springframework.http.codec.multipart.Part;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites a client's multipart upload into the multipart form a legacy view reads: the file part renamed to
 * the view's field ({@code students_list}, {@code uploaded-file}), the text parts turned into the view's fields
 * as the catalogue says. The upload is bounded by the configured size; above it the client gets 413.
 */
public class LegacyUploadGatewayFilterFactory
        extends AbstractGatewayFilterFactory<LegacyUploadGatewayFilterFactory.Config> {

    private static final int MAX_PARTS = 20;
    private static final int IN_MEMORY_PART = 256 * 1024;

    private final JsonMapper mapper;
    private final FieldResolver resolver;
    private final DefaultPartHttpMessageReader reader = new DefaultPartHttpMessageReader();
    private final MultipartHttpMessageWriter writer = new MultipartHttpMessageWriter(List.of(
            new EncoderHttpMessageWriter<>(CharSequenceEncoder.textPlainOnly()),
            new EncoderHttpMessageWriter<>(new DataBufferEncoder())));
    private final int maxUploadBytes;

    public LegacyUploadGatewayFilterFactory(JsonMapper mapper, DataSize maxUpload) {
        super(Config.class);
        this.mapper = mapper;
        this.resolver = new FieldResolver(mapper);
        this.maxUploadBytes = Math.toIntExact(maxUpload.toBytes());
        reader.setMaxParts(MAX_PARTS);
        reader.setMaxInMemorySize(IN_MEMORY_PART);
        reader.setMaxDiskUsagePerPart(maxUploadBytes);
    }

    @Override
    public GatewayFilter apply(Config config) {
        LegacyCall call = Objects.requireNonNull(config.getCall(), "call");
        HttpMethod method = HttpMethod.valueOf(call.method().name());

        return (exchange, chain) -> {
            MediaType type = exchange.getRequest().getHeaders().getContentType();
            if (type == null || !type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA)) {
                return Mono.error(new ProblemException(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type: " + type + " (expected: multipart/form-data)"));
            }

            return reader.read(ResolvableType.forClass(Part.class), exchange.getRequest(), Map.of())
                    .collectList()
                    .onErrorMap(
                            DataBufferLimitException.class,
                            e -> new ProblemException(
                                    ProblemType.PAYLOAD_TOO_LARGE,
                                    "The upload is larger than " + maxUploadBytes + " bytes."))
                    // Encoding the form reads the stored upload and draws a random boundary: blocking work.
                    .publishOn(Schedulers.boundedElastic())
                    .flatMap(parts -> rewrite(exchange, call, method, parts))
                    .flatMap(request ->
                            chain.filter(exchange.mutate().request(request).build()));
        };
    }

    private Mono<org.springframework.http.server.reactive.ServerHttpRequest> rewrite(
            ServerWebExchange exchange, LegacyCall call, HttpMethod method, List<Part> parts) {
        ObjectNode textFields = mapper.createObjectNode();
        Map<String, FilePart> files = new HashMap<>();
        for (Part part : parts) {
            if (part instanceof FilePart file) {
                files.put(file.name(), file);
            } else if (part instanceof FormFieldPart field) {
                textFields.put(field.name(), field.value());
            }
        }

        Map<String, String> variables = ServerWebExchangeUtils.getUriTemplateVariables(exchange);
        ClientInput input = new ClientInput(variables, exchange.getRequest().getQueryParams(), textFields);
        LegacyParameters parameters = resolver.resolve(call.fields(), input, Map.of());
        exchange.getAttributes().put(LegacyRequestGatewayFilterFactory.PARAMETERS_ATTRIBUTE, parameters.asMap());
        exchange.getAttributes().put(ClientNames.ATTRIBUTE, ClientNames.of(call));

        MultipartBodyBuilder form = new MultipartBodyBuilder();
        parameters.asMap().forEach((name, values) -> values.forEach(value -> form.part(name, value)));
        call.fields().forEach((legacyField, source) -> {
            if (source.origin() != FieldSource.Origin.FILE) {
                return;
            }
            FilePart file = files.get(source.name());
            if (file == null) {
                throw new ProblemException(
                        ProblemType.INVALID_PARAMETER,
                        source.name() + ": (none) (expected: a file part named " + source.name() + ")");
            }
            MediaType fileType = file.headers().getContentType();
            form.asyncPart(legacyField, file.content(), DataBuffer.class)
                    .filename(file.filename())
                    .contentType(fileType == null ? MediaType.APPLICATION_OCTET_STREAM : fileType);
        });

        CapturedBody encoded = new CapturedBody();
        String path = LegacyPaths.expand(call.path(), variables);
        return writer.write(
                        Mono.just(form.build()),
                        ResolvableType.forClass(org.springframework.util.MultiValueMap.class),
                        MediaType.MULTIPART_FORM_DATA,
                        encoded,
                        Map.of())
                // Django's WSGI servers want a Content-Length, so the (bounded) form is joined before it is sent.
                .then(Mono.defer(() -> DataBufferUtils.join(encoded.body(), maxUploadBytes + IN_MEMORY_PART)))
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return RewrittenRequest.of(
                                exchange.getRequest(),
                                method,
                                path,
                                null,
                                encoded.getHeaders().getContentType(),
                                bytes);
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                });
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
