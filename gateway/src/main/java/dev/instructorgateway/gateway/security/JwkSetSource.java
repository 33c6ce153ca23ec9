package dev.instructorgateway.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The public keys that may have signed a token. A fixed set (inline or from a file) never changes; a set read
 * from a URL is read again when a token names a key the set lacks, at most once a minute, so a key rotation
 * works without a restart and a flood of made-up key ids cannot turn into a flood of fetches (at most one read a
 * minute by default).
 */
final class JwkSetSource {

    private static final Logger log = LoggerFactory.getLogger(JwkSetSource.class);

    private final AtomicReference<JWKSet> keys;
    private final @Nullable String url;
    private final @Nullable WebClient client;
    private final Clock clock;
    private final Duration refreshInterval;
    private final AtomicReference<Instant> lastFetch = new AtomicReference<>(Instant.EPOCH);

    private JwkSetSource(
            JWKSet keys, @Nullable String url, @Nullable WebClient client, Clock clock, Duration refreshInterval) {
        this.keys = new AtomicReference<>(keys);
        this.url = url;
        this.client = client;
        this.clock = clock;
        this.refreshInterval = refreshInterval;
    }

    static JwkSetSource fixed(String json) {
        return new JwkSetSource(parse(json, "the JWT key set"), null, null, Clock.systemUTC(), Duration.ZERO);
    }

    static JwkSetSource remote(String url, WebClient client, Clock clock, Duration refreshInterval) {
        return new JwkSetSource(new JWKSet(), url, client, clock, refreshInterval);
    }

    /** The keys matching the token's {@code kid} (all keys when the token names none). */
    Flux<JWK> keysFor(SignedJWT token) {
        String kid = token.getHeader().getKeyID();
        List<JWK> found = select(keys.get(), kid);
        if (!found.isEmpty() || url == null) {
            return Flux.fromIterable(found);
        }
        return refresh().flatMapMany(set -> Flux.fromIterable(select(set, kid)));
    }

    private Mono<JWKSet> refresh() {
        Instant now = clock.instant();
        Instant previous = lastFetch.get();
        if (now.isBefore(previous.plus(refreshInterval)) || !lastFetch.compareAndSet(previous, now)) {
            return Mono.just(keys.get());
        }

        return client.get()
                .uri(url)
                .retrieve()
                .bodyToMono(String.class)
                .timeout(Duration.ofSeconds(10))
                .map(json -> parse(json, url))
                .doOnNext(set -> {
                    keys.set(set);
                    log.info(
                            "JWT key set read from {}: {} keys",
                            url,
                            set.getKeys().size());
                })
                .onErrorResume(e -> {
                    log.warn(
                            "JWT key set at {} could not be read ({}); keeping the {} keys held",
                            url,
                            e.toString(),
                            keys.get().getKeys().size());
                    return Mono.just(keys.get());
                });
    }

    private static List<JWK> select(JWKSet set, @Nullable String kid) {
        if (kid == null) {
            return set.getKeys();
        }
        JWK key = set.getKeyByKeyId(kid);
        return key == null ? List.of() : List.of(key);
    }

    static JWKSet parse(String json, String source) {
        try {
            return JWKSet.parse(json);
        } catch (ParseException e) {
            throw new IllegalArgumentException(source + " is not a JSON Web Key Set: " + e.getMessage(), e);
        }
    }
}
