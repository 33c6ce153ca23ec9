package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course's course-wide discussion topics, which the LMS has no API to write: they are the course's
 * {@code discussion_topics} advanced setting, a map from each topic's display name to {@code {"id": topic_id}},
 * read and written through Studio's advanced settings API ({@code /api/contentstore/v0/advanced_settings/}).
 * Studio takes a PATCH of {@code {"discussion_topics": {"value": <the whole map>}}}, so one topic is changed by
 * reading the map, changing that topic in it, and writing the map back.
 *
 * <p>That read-modify-write is not atomic: Studio has no version check for the setting, so an edit made in
 * Studio (or through another gateway request) between the read and the write is overwritten. Every write,
 * whether or not it succeeded, empties the course's topic list in {@link ReadCache#DISCUSSION_TOPICS}.
 */
@Component
class CourseWideTopics {

    static final String SETTING = "discussion_topics";

    private static final String ADVANCED_SETTINGS = "/api/contentstore/v0/advanced_settings/{}";

    private final BackendClient studio;
    private final ReadCaches caches;

    CourseWideTopics(BackendClients clients, ReadCaches caches) {
        this.studio = clients.get(Backend.STUDIO);
        this.caches = caches;
    }

    /**
     * Reads the map, lets {@code change} edit a copy of it (or refuse, with a problem), and writes the result.
     *
     * @return the map as written
     */
    Mono<ObjectNode> edit(NativeRequest request, UnaryOperator<ObjectNode> change) {
        String courseKey = request.courseKey();

        return studio.get(ADVANCED_SETTINGS, courseKey)
                .json(request.caller())
                .map(settings -> change.apply(topics(settings)))
                .flatMap(changed -> {
                    ObjectNode patch = JsonNodeFactory.instance.objectNode();
                    patch.putObject(SETTING).set("value", changed);
                    return studio.patch(ADVANCED_SETTINGS, courseKey)
                            .json(patch)
                            .json(request.caller())
                            .doOnTerminate(() -> caches.invalidate(ReadCache.DISCUSSION_TOPICS, courseKey))
                            .doOnCancel(() -> caches.invalidate(ReadCache.DISCUSSION_TOPICS, courseKey))
                            .thenReturn(changed);
                });
    }

    /** The display name of the topic with this id, if the map has one. */
    static Optional<String> nameOf(ObjectNode topics, String topicId) {
        for (Map.Entry<String, JsonNode> topic : topics.properties()) {
            if (topicId.equals(topic.getValue().path("id").asString(null))) {
                return Optional.of(topic.getKey());
            }
        }
        return Optional.empty();
    }

    static ProblemException unknownTopic(String topicId) {
        return new ProblemException(
                ProblemType.INVALID_PARAMETER,
                HttpStatus.NOT_FOUND,
                "topic_id: " + topicId + " (expected: the id of one of the course's course-wide topics; the topics"
                        + " of discussion components are edited with their component in Studio)",
                HttpHeaders.EMPTY,
                Map.of());
    }

    static ProblemException taken(String name, Object value, String rule) {
        return new ProblemException(
                ProblemType.INVALID_PARAMETER,
                HttpStatus.CONFLICT,
                name + ": " + value + " (expected: " + rule + ")",
                HttpHeaders.EMPTY,
                Map.of());
    }

    /** A copy of the setting's value; a course that never set it has none. */
    private static ObjectNode topics(JsonNode settings) {
        JsonNode value = settings.path(SETTING).path("value");
        return value.isObject() ? (ObjectNode) value.deepCopy() : JsonNodeFactory.instance.objectNode();
    }
}
