package dev.instructorgateway.catalogue;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the catalogue may refer to outside itself: the native handlers the application has, the response
 * adapters and lookups the legacy adapters provide.
 *
 * @param handlers ids of the native handlers; null skips the check (for tools that read the catalogue
 *     without an application)
 * @param responseAdapters names a legacy entry may use as its {@code response}
 * @param lookups names a legacy field may read with {@code $lookup.name}
 */
public record CatalogueRules(@Nullable Set<String> handlers, Set<String> responseAdapters, Set<String> lookups) {

    /** The response adapters of the unified contract. */
    public static final Set<String> RESPONSE_ADAPTERS = Set.of(
            LegacyCall.DEFAULT_RESPONSE,
            "role-members",
            "task-accepted",
            "single-download",
            "email-task-status",
            "extension-table");

    /** Values the gateway resolves with another call before it calls the legacy view. */
    public static final Set<String> LOOKUPS = Set.of("submission-learner");

    public CatalogueRules {
        handlers = handlers == null ? null : Set.copyOf(handlers);
        responseAdapters = Set.copyOf(responseAdapters);
        lookups = Set.copyOf(lookups);
    }

    /** Rules for the catalogue on its own: handler ids are not checked. */
    public static CatalogueRules standalone() {
        return new CatalogueRules(null, RESPONSE_ADAPTERS, LOOKUPS);
    }

    /** Rules for an application with these native handlers. */
    public static CatalogueRules withHandlers(Set<String> handlers) {
        return new CatalogueRules(handlers, RESPONSE_ADAPTERS, LOOKUPS);
    }
}
