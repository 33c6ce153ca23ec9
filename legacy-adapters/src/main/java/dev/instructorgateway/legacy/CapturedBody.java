package dev.instructorgateway.legacy;

import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ReactiveHttpOutputMessage;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An output message that keeps what a message writer would send instead of sending it, so a body encoded by
 * Spring's writers (a multipart form, say) can become the body of a rewritten request.
 */
final class CapturedBody implements ReactiveHttpOutputMessage {

    private final HttpHeaders headers = new HttpHeaders();
    private Flux<DataBuffer> body = Flux.empty();

    Flux<DataBuffer> body() {
        return body;
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public DataBufferFactory bufferFactory() {
        return DefaultDataBufferFactory.sharedInstance;
    }

    @Override
    public void beforeCommit(Supplier<? extends Mono<Void>> action) {}

    @Override
    public boolean isCommitted() {
        return false;
    }

    @Override
    public Mono<Void> writeWith(Publisher<? extends DataBuffer> written) {
        this.body = Flux.from(written);
        return Mono.empty();
    }

    @Override
    public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> written) {
        this.body = Flux.from(written).concatMap(Flux::from);
        return Mono.empty();
    }

    @Override
    public Mono<Void> setComplete() {
        this.body = Flux.empty();
        return Mono.empty();
    }
}
