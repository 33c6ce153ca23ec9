package dev.instructorgateway.gateway.cache;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long and how much read-mostly course data is kept.
 *
 * @param ttl how long an answer is kept after it was fetched ({@code GATEWAY_CACHE_TTL}, default 5m; 0s turns
 *     caching off)
 * @param size how many answers each cache keeps at most ({@code GATEWAY_CACHE_SIZE}, default 5000)
 */
@ConfigurationProperties("gateway.cache")
public record CacheProperties(Duration ttl, long size) {

    public CacheProperties {
        if (ttl == null || ttl.isNegative()) {
            throw new IllegalArgumentException("GATEWAY_CACHE_TTL: " + ttl + " (expected: a duration such as 5m)");
        }
        if (size < 1) {
            throw new IllegalArgumentException("GATEWAY_CACHE_SIZE: " + size + " (expected: 1 or more)");
        }
    }
}
