package dev.instructorgateway.catalogue;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The legacy LMS call that serves an endpoint.
 *
 * @param method the method the legacy view accepts (most instructor views are POST-only, even for reads)
 * @param path the legacy path; its variables are the unified path's variables
 * @param encoding how the parameters travel
 * @param fields legacy field name to the source of its value, in the order they are sent
 * @param response the name of the response adapter that turns the LMS answer into the unified contract
 * @param accepts path variables the legacy view serves only some values of, with those values
 * @param upload the call used instead when the client uploads a file, or null
 */
public record LegacyCall(
        HttpVerb method,
        PathTemplate path,
        LegacyEncoding encoding,
        Map<String, FieldSource> fields,
        String response,
        Map<String, List<String>> accepts,
        @Nullable LegacyCall upload) {

    /** The response adapter used when an entry names none. */
    public static final String DEFAULT_RESPONSE = "normalize";

    public LegacyCall {
        fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        accepts = Map.copyOf(accepts);
    }
}
