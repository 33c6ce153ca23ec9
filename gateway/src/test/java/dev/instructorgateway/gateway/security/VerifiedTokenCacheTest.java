package dev.instructorgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

class VerifiedTokenCacheTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private final AtomicInteger checked = new AtomicInteger();
    private Instant now = Instant.parse("2026-12-04T08:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    /** Accepts tokens named "good-..." for ten minutes from when they are checked, refuses any other. */
    private final ReactiveJwtDecoder checks = token -> {
        checked.incrementAndGet();
        if (!token.startsWith("good")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        return Mono.just(Jwt.withTokenValue(token)
                .header("alg", "RS512")
                .claim("preferred_username", "instructor")
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .build());
    };

    private final VerifiedTokenCache cache =
            new VerifiedTokenCache(checks, Duration.ofMinutes(5), 100, clock, new SimpleMeterRegistry());

    @Test
    void aTokenThatPassedIsNotCheckedAgain() {
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();
        StepVerifier.create(cache.decode("good-1")).expectNextCount(1).verifyComplete();

        assertThat(checked).hasValue(1);
    }

    @Test
    void aTokenThatFailedIsCheckedEveryTime() {
        StepVerifier.create(cache.decode("forged"))
                .expectError(BadJwtException.class)
                .verify(WAIT);
        StepVerifier.create(cache.decode("forged"))
                .expectError(BadJwtException.class)
                .verify(WAIT);

        assertThat(checked).hasValue(2);
    }

    @Test
    void anExpiredTokenIsNotTrustedFromMemory() {
        StepVerifier.create(cache.decode("good-2")).expectNextCount(1).verifyComplete();

        now = now.plusSeconds(601);

        StepVerifier.create(cache.decode("good-2")).expectNextCount(1).verifyComplete();
        assertThat(checked).as("checked again, and the check decides").hasValue(2);
    }
}
