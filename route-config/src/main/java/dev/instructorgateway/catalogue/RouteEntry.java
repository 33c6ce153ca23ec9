package dev.instructorgateway.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * One endpoint of the unified API and how the gateway serves it. Exactly one of {@link #legacy()},
 * {@link #nativeCall()} and {@link #unbackedReason()} is set, as {@link #servedBy()} says.
 *
 * @param id stable id that reads like the endpoint, such as {@code membership.enrollment.create}
 * @param correction why the ADR's legacy mapping or status is wrong, where it is
 */
public record RouteEntry(
        String id,
        Domain domain,
        HttpVerb method,
        PathTemplate path,
        AdrRow adr,
        ServedBy servedBy,
        @Nullable LegacyCall legacy,
        @Nullable NativeCall nativeCall,
        @Nullable String unbackedReason,
        @Nullable String correction,
        @Nullable String notes) {

    /** The legacy call; only for entries served by {@link ServedBy#LEGACY}. */
    public LegacyCall requireLegacy() {
        if (legacy == null) {
            throw new IllegalStateException(id + " is served " + servedBy.slug() + ", not legacy");
        }
        return legacy;
    }

    /** The native handler; only for entries served by {@link ServedBy#NATIVE}. */
    public NativeCall requireNative() {
        if (nativeCall == null) {
            throw new IllegalStateException(id + " is served " + servedBy.slug() + ", not native");
        }
        return nativeCall;
    }

    @Override
    public String toString() {
        return id + " (" + method + " " + path + ", " + servedBy.slug() + ")";
    }
}
