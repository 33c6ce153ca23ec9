package dev.instructorgateway.gateway.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Remembers tokens that passed every check, so that a dashboard sending the same JWT with each click has its
 * signature verified once rather than on every request. An entry is keyed by the SHA-256 of the token and lives
 * until the token expires or for {@code ttl}, whichever comes first; a token that failed is never kept, so it is
 * checked again each time. A key removed from the key set stops being trusted for cached tokens after {@code ttl}
 * at the latest.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder checks;
    private final AsyncCache<String, Jwt> verified;
    private final Clock clock;

    VerifiedTokenCache(ReactiveJwtDecoder checks, Duration ttl, long size, Clock clock, MeterRegistry meters) {
        this.checks = checks;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(size)
                .expireAfter(new UntilExpiry(ttl, clock))
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(meters, verified, "jwt-verified", List.of());
    }

    @Override
    public Mono<Jwt> decode(String token) {
        String key = sha256(token);
        return Mono.fromFuture(verified.get(
                        key, (ignored, executor) -> checks.decode(token).toFuture()))
                .filter(jwt -> jwt.getExpiresAt() == null || jwt.getExpiresAt().isAfter(clock.instant()))
                .switchIfEmpty(Mono.defer(() -> {
                    verified.synchronous().invalidate(key);
                    return checks.decode(token);
                }));
    }

    private static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An entry expires with its token, and after {@code ttl} at the latest. */
    private record UntilExpiry(Duration ttl, Clock clock) implements Expiry<String, Jwt> {

        @Override
        public long expireAfterCreate(String key, Jwt jwt, long currentTime) {
            Instant expires = jwt.getExpiresAt();
            Duration left = expires == null ? ttl : Duration.between(clock.instant(), expires);
            return Math.max(0, Math.min(ttl.toNanos(), left.toNanos()));
        }

        @Override
        public long expireAfterUpdate(String key, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String key, Jwt jwt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
