package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.FieldSource;
import dev.instructorgateway.catalogue.LegacyCall;
import java.util.HashMap;
import java.util.Map;

/**
 * The client's name for each legacy field ({@code unique_student_identifier} is the client's {@code username} or
 * {@code identifier}), so the LMS's field errors name what the client actually sent.
 */
final class ClientNames {

    /** Exchange attribute holding the legacy-to-client name map of the call being made. */
    static final String ATTRIBUTE = ClientNames.class.getName();

    private ClientNames() {}

    static Map<String, String> of(LegacyCall call) {
        Map<String, String> names = new HashMap<>();
        call.fields().forEach((legacyField, source) -> {
            if (source.origin() != FieldSource.Origin.LITERAL && source.origin() != FieldSource.Origin.LOOKUP) {
                names.put(legacyField, source.name());
            }
        });
        return Map.copyOf(names);
    }
}
