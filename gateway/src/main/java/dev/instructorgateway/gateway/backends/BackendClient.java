package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.observability.RequestLog;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Calls one Open edX service for a caller. Paths are templates whose {@code {}} holes take path segments, encoded
 * the way Django reads them: a course key's {@code +} and {@code :} stay raw in a path, while in a query string
 * {@code +} is sent as {@code %2B} (Django would read a raw one as a space). Every call carries the caller's JWT
 * and nothing else of theirs.
 */
public final class BackendClient {

    static final MediaType MERGE_PATCH = MediaType.parseMediaType("application/merge-patch+json");

    private static final Logger log = LoggerFactory.getLogger(BackendClient.class);

    private final Backend backend;
    private final String baseUrl;
    private final WebClient web;
    private final Duration deadline;
    private final JsonMapper mapper;
    private final BackendResilience resilience;
    private final BackendCallMeter meter;

    BackendClient(
            Backend backend,
            String baseUrl,
            WebClient web,
            Duration deadline,
            JsonMapper mapper,
            BackendResilience resilience,
            BackendCallMeter meter) {
        this.backend = backend;
        this.baseUrl = baseUrl;
        this.web = web;
        this.deadline = deadline;
        this.mapper = mapper;
        this.resilience = resilience;
        this.meter = meter;
    }

    BackendResilience resilience() {
        return resilience;
    }

    public Backend backend() {
        return backend;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Call get(String pathTemplate, Object... segments) {
        return new Call(HttpMethod.GET, expand(pathTemplate, segments));
    }

    public Call post(String pathTemplate, Object... segments) {
        return new Call(HttpMethod.POST, expand(pathTemplate, segments));
    }

    public Call put(String pathTemplate, Object... segments) {
        return new Call(HttpMethod.PUT, expand(pathTemplate, segments));
    }

    public Call patch(String pathTemplate, Object... segments) {
        return new Call(HttpMethod.PATCH, expand(pathTemplate, segments));
    }

    public Call delete(String pathTemplate, Object... segments) {
        return new Call(HttpMethod.DELETE, expand(pathTemplate, segments));
    }

    static String expand(String template, Object... segments) {
        StringBuilder path = new StringBuilder();
        int from = 0;
        for (Object segment : segments) {
            int hole = template.indexOf("{}", from);
            if (hole < 0) {
                throw new IllegalArgumentException(template + " has fewer holes than " + segments.length);
            }
            path.append(template, from, hole)
                    .append(UriUtils.encodePathSegment(String.valueOf(segment), StandardCharsets.UTF_8));
            from = hole + 2;
        }
        if (template.indexOf("{}", from) >= 0) {
            throw new IllegalArgumentException(template + " has more holes than " + segments.length);
        }
        return path.append(template.substring(from)).toString();
    }

    /** One request to the service, built step by step and sent for a caller. */
    public final class Call {

        private final HttpMethod method;
        private final String path;
        private final List<String> query = new ArrayList<>();
        private @Nullable Object body;
        private @Nullable MediaType contentType;
        private boolean readOnly;

        private Call(HttpMethod method, String path) {
            this.method = method;
            this.path = path;
        }

        /** Adds a query parameter; a null value adds nothing. */
        public Call query(String name, @Nullable Object value) {
            if (value != null) {
                query.add(encodeQuery(name) + "=" + encodeQuery(String.valueOf(value)));
            }
            return this;
        }

        public Call json(Object value) {
            this.body = value;
            this.contentType = MediaType.APPLICATION_JSON;
            return this;
        }

        /**
         * A form, as the legacy instructor views read their fields (some of them fail on JSON). Values are sent
         * in the order given.
         */
        public Call form(Map<String, String> fields) {
            LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
            fields.forEach(form::add);
            this.body = form;
            this.contentType = MediaType.APPLICATION_FORM_URLENCODED;
            return this;
        }

        /**
         * Marks a POST that changes nothing (the legacy instructor views read with POST), so that it may be
         * retried like a GET. Never use it on a call that changes state.
         */
        public Call readOnly() {
            this.readOnly = true;
            return this;
        }

        /** A JSON merge patch, which the Open edX PATCH views require as the content type (else 415). */
        public Call mergePatch(Object value) {
            this.body = value;
            this.contentType = MERGE_PATCH;
            return this;
        }

        /** Sends the call; any answer below 500 comes back, a 5xx or a transport failure is a problem. */
        public Mono<BackendAnswer> answer(Caller caller) {
            return send(caller).flatMap(sent -> {
                if (sent.answer().status().is5xxServerError()) {
                    return Mono.error(BackendFailures.fromAnswer(backend, sent.answer(), sent.bytes(), mapper));
                }
                return Mono.just(sent.answer());
            });
        }

        /** Sends the call and gives the JSON of a 2xx answer; any other status is a problem naming the service. */
        public Mono<JsonNode> json(Caller caller) {
            return send(caller)
                    .flatMap(sent -> sent.answer().ok()
                            ? Mono.just(sent.answer().body())
                            : Mono.error(BackendFailures.fromAnswer(backend, sent.answer(), sent.bytes(), mapper)));
        }

        private Mono<Sent> send(Caller caller) {
            URI uri = URI.create(baseUrl + path + (query.isEmpty() ? "" : "?" + String.join("&", query)));
            WebClient.RequestBodySpec request = web.method(method)
                    .uri(uri)
                    .header(HttpHeaders.AUTHORIZATION, caller.authorization())
                    .accept(MediaType.APPLICATION_JSON);
            WebClient.RequestHeadersSpec<?> ready =
                    body == null ? request : request.contentType(contentType).body(BodyInserters.fromValue(body));

            Mono<Sent> attempt = ready.exchangeToMono(this::read)
                    .timeout(deadline)
                    .flatMap(sent -> sent.answer().status().is5xxServerError()
                            ? Mono.error(new FailedAnswer(sent))
                            : Mono.just(sent));

            return RequestLog.debug(log, "[{}] {} {}", backend.slug(), method, uri.getRawPath())
                    .then(Mono.defer(() -> {
                        long start = System.nanoTime();
                        return resilience
                                .protect(attempt, method == HttpMethod.GET || readOnly)
                                .onErrorResume(FailedAnswer.class, failed -> Mono.just((Sent) failed.sent()))
                                .onErrorMap(error -> BackendFailures.fromError(backend, baseUrl, error, resilience))
                                .doOnNext(sent ->
                                        meter.answered(start, sent.answer().status()))
                                .doOnError(error -> meter.failed(start, error));
                    }));
        }

        private Mono<Sent> read(ClientResponse response) {
            return response.bodyToMono(byte[].class)
                    .defaultIfEmpty(new byte[0])
                    .map(bytes -> new Sent(
                            new BackendAnswer(
                                    response.statusCode(), response.headers().asHttpHeaders(), parse(bytes)),
                            bytes));
        }

        private JsonNode parse(byte[] bytes) {
            if (bytes.length == 0) {
                return MissingNode.getInstance();
            }
            try {
                return mapper.readTree(bytes);
            } catch (JacksonException e) {
                return MissingNode.getInstance();
            }
        }
    }

    private record Sent(BackendAnswer answer, byte[] bytes) {}

    private static String encodeQuery(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        return "BackendClient[" + backend.slug() + " at " + baseUrl + "]";
    }
}
