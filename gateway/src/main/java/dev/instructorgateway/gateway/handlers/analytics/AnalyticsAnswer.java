package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.gateway.handlers.NativeRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The opening every analytics figure shares: the course it is about and the service it came from, since the same
 * endpoint draws on instructor v2 on one LMS and on the long-standing APIs on another.
 */
final class AnalyticsAnswer {

    private AnalyticsAnswer() {}

    /** @param source the slug of the service the figures came from, or {@code composed} for several */
    static ObjectNode about(NativeRequest request, String source) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("course_id", request.courseKey());
        answer.put("source", source);
        return answer;
    }

    /** Copies the members of the instructor v2 course root that it has; a release without one leaves it out. */
    static ObjectNode copy(JsonNode root, ObjectNode answer, String... names) {
        for (String name : names) {
            JsonNode value = root.path(name);
            if (!value.isMissingNode()) {
                answer.set(name, value);
            }
        }
        return answer;
    }
}
