package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes the course's discussion division settings. The unified PUT takes any of the settings the LMS lets
 * staff change and becomes the discussion API's {@code application/merge-patch+json} PATCH (204); the settings
 * are then read back and answered. A field the LMS would not change here, or a value of the wrong kind, is a 400
 * and nothing is sent.
 */
@Component
class DiscussionSettingsUpdateHandler implements NativeHandler {

    private static final Set<String> TOPIC_LISTS =
            Set.of("divided_inline_discussions", "divided_course_wide_discussions");
    private static final Set<String> FLAGS =
            Set.of("always_divide_inline_discussions", "reported_content_email_notifications");
    private static final Set<String> DIVISION_SCHEMES = Set.of("none", "cohort", "enrollment_track");
    private static final String DIVISION_SCHEME = "division_scheme";

    private final DiscussionSettings settings;

    DiscussionSettingsUpdateHandler(DiscussionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "discussions.settings.update";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return request.body()
                .map(DiscussionSettingsUpdateHandler::checked)
                .flatMap(patch -> settings.change(request, patch))
                .flatMap(current -> ServerResponse.ok().bodyValue(current));
    }

    private static ObjectNode checked(JsonNode body) {
        if (body.isEmpty()) {
            throw TopicInput.invalid("body", body, "at least one of " + String.join(", ", known()));
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            check(field.getKey(), field.getValue());
        }
        return (ObjectNode) body;
    }

    private static void check(String name, JsonNode value) {
        if (TOPIC_LISTS.contains(name)) {
            if (!value.isArray() || !allTopicIds(value)) {
                throw TopicInput.invalid(name, value, "a list of topic ids");
            }
        } else if (FLAGS.contains(name)) {
            if (!value.isBoolean()) {
                throw TopicInput.invalid(name, value, "true or false");
            }
        } else if (DIVISION_SCHEME.equals(name)) {
            if (!value.isString() || !DIVISION_SCHEMES.contains(value.stringValue())) {
                throw TopicInput.invalid(name, value, "none, cohort or enrollment_track");
            }
        } else {
            throw TopicInput.invalid(name, value, "only " + String.join(", ", known()));
        }
    }

    private static boolean allTopicIds(JsonNode list) {
        for (JsonNode id : list) {
            if (!id.isString() || id.stringValue().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<String> known() {
        return Stream.of(TOPIC_LISTS, FLAGS, Set.of(DIVISION_SCHEME))
                .flatMap(Set::stream)
                .sorted()
                .toList();
    }
}
