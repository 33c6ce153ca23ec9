package dev.instructorgateway.gateway.cache;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Keeps answers per course, and per caller where the answer depends on who asks. A failed load is not kept, and
 * concurrent requests for the same missing entry share one backend call.
 */
public final class ReadCaches {

    private final Map<ReadCache, AsyncCache<Key, Object>> caches = new EnumMap<>(ReadCache.class);
    private final boolean enabled;

    public ReadCaches(CacheProperties properties, MeterRegistry meters) {
        this.enabled = !properties.ttl().isZero();
        for (ReadCache kind : ReadCache.values()) {
            AsyncCache<Key, Object> cache = Caffeine.newBuilder()
                    .expireAfterWrite(properties.ttl())
                    .maximumSize(properties.size())
                    .recordStats()
                    .buildAsync();
            CaffeineCacheMetrics.monitor(meters, cache, kind.metricName(), List.of());
            caches.put(kind, cache);
        }
    }

    /**
     * The kept answer, or {@code load}'s, kept from then on.
     *
     * @param caller the caller's username when the answer depends on who asks; null when it is the same for all
     */
    @SuppressWarnings("unchecked")
    public <T> Mono<T> get(ReadCache kind, String courseKey, @Nullable String caller, Supplier<Mono<T>> load) {
        if (!enabled) {
            return load.get();
        }
        Key key = new Key(courseKey, caller == null ? "" : caller);
        return Mono.fromFuture(
                        () -> caches.get(kind)
                                .get(
                                        key,
                                        (ignored, executor) -> load.get()
                                                .map(value -> (Object) value)
                                                .toFuture()),
                        true)
                .map(value -> (T) value);
    }

    /** Forgets everything kept of this kind for the course, for every caller. */
    public void invalidate(ReadCache kind, String courseKey) {
        caches.get(kind)
                .synchronous()
                .asMap()
                .keySet()
                .removeIf(key -> key.courseKey().equals(courseKey));
    }

    private record Key(String courseKey, String caller) {}
}
