package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.PathTemplate;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.util.UriUtils;

/**
 * Builds the raw legacy path for a request. A course key goes into the path the way the LMS's URL pattern
 * reads it: {@code course-v1:Org+Course+Run} with its {@code +} and {@code :} untouched, and a deprecated key
 * with real slashes, since the LMS pattern spans three segments for it. Any other value is escaped as one
 * path segment.
 */
final class LegacyPaths {

    static final String COURSE_KEY = "course_key";

    private LegacyPaths() {}

    /**
     * @param variables the unified path's variables, already percent-decoded
     */
    static String expand(PathTemplate legacyPath, Map<String, String> variables) {
        return legacyPath.expand(variables, LegacyPaths::encode);
    }

    private static String encode(String name, String value) {
        if (name.equals(COURSE_KEY)) {
            return UriUtils.encodePath(value, StandardCharsets.UTF_8);
        }
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
