package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The instructor v2 course root ({@code GET /api/instructor/v2/courses/{course_key}}), which holds in one answer
 * what the long-standing APIs spread over several: enrollment counts by mode, the number of sections, the grade
 * cutoffs and the analytics dashboard message. Read afresh each time, since its counts change with every
 * enrollment.
 */
final class CourseRoot {

    /** One cutoff in the root's human text, such as {@code A is 0.9}. */
    private static final Pattern CUTOFF = Pattern.compile("([^,\\s]+) is ([0-9]*\\.?[0-9]+)");

    private CourseRoot() {}

    static Mono<JsonNode> read(BackendClient instructorV2, NativeRequest request) {
        return instructorV2
                .get("/api/instructor/v2/courses/{}", request.courseKey())
                .json(request.caller());
    }

    /** The root's {@code grade_cutoffs} text ({@code "A is 0.9, B is 0.7"}) as an object of letter to fraction. */
    static ObjectNode gradeCutoffs(JsonNode root) {
        ObjectNode cutoffs = JsonNodeFactory.instance.objectNode();
        JsonNode text = root.path("grade_cutoffs");
        if (text.isObject()) {
            return (ObjectNode) text;
        }
        Matcher cutoff = CUTOFF.matcher(text.isString() ? text.asString() : "");
        while (cutoff.find()) {
            cutoffs.put(cutoff.group(1), Double.parseDouble(cutoff.group(2)));
        }
        return cutoffs;
    }
}
