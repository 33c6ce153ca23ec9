package dev.instructorgateway.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The catalogue file as written, every value still a string, so the validator can report every mistake at
 * once instead of stopping at the first value the parser cannot convert.
 */
record CatalogueDocument(@Nullable List<Entry> routes) {

    record Entry(
            @Nullable String id,
            @Nullable String domain,
            @Nullable String method,
            @Nullable String path,
            @Nullable Adr adr,
            @Nullable Legacy legacy,
            @JsonProperty("native") @Nullable Native nativeCall,
            @Nullable Unbacked unbacked,
            @Nullable String correction,
            @Nullable String notes) {}

    record Adr(@Nullable String status, @Nullable String existingPath) {}

    record Legacy(
            @Nullable String method,
            @Nullable String path,
            @Nullable String encoding,
            @Nullable Map<String, String> fields,
            @Nullable String response,
            @Nullable Map<String, List<String>> accepts,
            @Nullable Legacy upload) {}

    record Native(@Nullable String handler, @Nullable List<String> backends) {}

    record Unbacked(@Nullable String reason) {}
}
