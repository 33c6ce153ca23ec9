package dev.instructorgateway.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.caffeine.Bucket4jCaffeine;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.Bucket4jRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Cloud Gateway's Bucket4j limiter over one of two stores: Caffeine in this process, or Redis when
 * {@code REDIS_URL} is set, so that replicas share one allowance per caller instead of multiplying it.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    @Bean(destroyMethod = "close")
    AllowanceStore allowanceStore(RateLimitProperties properties) {
        return properties.shared() ? redis(properties) : memory(properties);
    }

    @Bean
    ExpensiveActionLimits expensiveActionLimits(
            RateLimitProperties properties,
            AllowanceStore store,
            ConfigurationService configuration,
            MeterRegistry meters) {
        Bucket4jRateLimiter limiter = new Bucket4jRateLimiter(store.buckets(), configuration);
        ExpensiveActionLimits limits = new ExpensiveActionLimits(properties, limiter, meters);
        if (limits.routes().isEmpty()) {
            log.info("Rate limits: off");
        } else {
            log.info(
                    "Rate limits: {} calls per {} per caller on {} routes, kept {}",
                    properties.requests(),
                    properties.period(),
                    limits.routes().size(),
                    properties.shared()
                            ? "in Redis at "
                                    + RedisURI.create(properties.redisUrl()).getHost()
                            : "in memory");
        }
        return limits;
    }

    private static AllowanceStore memory(RateLimitProperties properties) {
        AsyncProxyManager<String> buckets = Bucket4jCaffeine.<String>builderFor(
                        Caffeine.newBuilder().maximumSize(100_000))
                .expirationAfterWrite(forgetFullBuckets(properties))
                .build()
                .asAsync();
        return new AllowanceStore(buckets, () -> {});
    }

    private static AllowanceStore redis(RateLimitProperties properties) {
        RedisClient client = RedisClient.create(properties.redisUrl());
        StatefulRedisConnection<String, byte[]> connection;
        try {
            connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        } catch (RedisException e) {
            client.shutdown();
            throw new IllegalStateException(
                    "REDIS_URL: Redis at "
                            + RedisURI.create(properties.redisUrl()).getHost()
                            + " cannot be reached (" + e.getMessage()
                            + "). Start it, correct REDIS_URL, or leave REDIS_URL"
                            + " unset to keep rate limits in memory.",
                    e);
        }

        AsyncProxyManager<String> buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(forgetFullBuckets(properties))
                .build()
                .asAsync();
        return new AllowanceStore(buckets, () -> {
            connection.close();
            client.shutdown();
        });
    }

    /** A caller's bucket is dropped once it would be full again, so idle callers cost no memory. */
    private static ExpirationAfterWriteStrategy forgetFullBuckets(RateLimitProperties properties) {
        return ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(properties.period());
    }

    /** The buckets, and how to let go of what holds them when the application stops. */
    record AllowanceStore(AsyncProxyManager<String> buckets, Runnable closer) implements AutoCloseable {

        @Override
        public void close() {
            closer.run();
        }
    }
}
