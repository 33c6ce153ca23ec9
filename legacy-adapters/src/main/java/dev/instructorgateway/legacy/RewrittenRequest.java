package dev.instructorgateway.legacy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;

/**
 * The request as the legacy view must receive it: its method, path and query, and a new body with matching
 * {@code Content-Type} and {@code Content-Length}. Credentials, cookies and every other header stay as the
 * client sent them.
 */
final class RewrittenRequest extends ServerHttpRequestDecorator {

    private final HttpMethod method;
    private final URI uri;
    private final HttpHeaders headers;
    private final byte @Nullable [] body;

    private RewrittenRequest(
            ServerHttpRequest original, HttpMethod method, URI uri, HttpHeaders headers, byte @Nullable [] body) {
        super(original);
        this.method = method;
        this.uri = uri;
        this.headers = headers;
        this.body = body;
    }

    /**
     * @param rawPath the legacy path, already encoded
     * @param rawQuery the query to send, already encoded, or null to send none
     * @param contentType the body's type, or null for no body
     */
    static ServerHttpRequest of(
            ServerHttpRequest original,
            HttpMethod method,
            String rawPath,
            @Nullable String rawQuery,
            @Nullable MediaType contentType,
            byte @Nullable [] body) {
        URI uri = UriComponentsBuilder.fromUri(original.getURI())
                .replacePath(rawPath)
                .replaceQuery(rawQuery)
                .build(true)
                .toUri();

        HttpHeaders headers = new HttpHeaders();
        headers.addAll(original.getHeaders());
        headers.remove(HttpHeaders.CONTENT_TYPE);
        headers.remove(HttpHeaders.CONTENT_LENGTH);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        if (contentType != null && body != null) {
            headers.setContentType(contentType);
            headers.setContentLength(body.length);
        }
        return new RewrittenRequest(original, method, uri, HttpHeaders.readOnlyHttpHeaders(headers), body);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public HttpMethod getMethod() {
        return method;
    }

    @Override
    public URI getURI() {
        return uri;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public Flux<DataBuffer> getBody() {
        if (body == null) {
            return Flux.empty();
        }
        return Flux.defer(() -> Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(body)));
    }
}
