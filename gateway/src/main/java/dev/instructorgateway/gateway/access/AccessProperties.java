package dev.instructorgateway.gateway.access;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a caller's course roles are trusted before the LMS is asked again.
 *
 * @param roleCacheTtl how long one answer is kept ({@code GATEWAY_ROLE_CACHE_TTL}, default 1m, at most 1m so a
 *     revoked role stops working within a minute)
 * @param roleCacheSize how many caller-and-course answers are kept at most ({@code GATEWAY_ROLE_CACHE_SIZE},
 *     default 10000)
 */
@ConfigurationProperties("gateway.access")
public record AccessProperties(Duration roleCacheTtl, long roleCacheSize) {

    static final Duration LONGEST = Duration.ofMinutes(1);

    public AccessProperties {
        if (roleCacheTtl == null || roleCacheTtl.isNegative() || roleCacheTtl.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException(
                    "GATEWAY_ROLE_CACHE_TTL: " + roleCacheTtl + " (expected: from 0s to 1m; 0s asks every time)");
        }
        if (roleCacheSize < 1) {
            throw new IllegalArgumentException("GATEWAY_ROLE_CACHE_SIZE: " + roleCacheSize + " (expected: 1 or more)");
        }
    }
}
