package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Renames a course-wide discussion topic: {@code {"name": ...}}. The id stays, since the topic's threads are
 * filed under it. The name is changed in the course's {@code discussion_topics} advanced setting in Studio, as
 * {@link CourseWideTopics} describes; that read-modify-write is not atomic, so a change made in Studio at the same
 * moment can be lost. An id the setting does not hold is a 404, a name another topic has a 409. Answers the
 * topic.
 */
@Component
class DiscussionTopicUpdateHandler implements NativeHandler {

    private final CourseWideTopics topics;

    DiscussionTopicUpdateHandler(CourseWideTopics topics) {
        this.topics = topics;
    }

    @Override
    public String id() {
        return "discussions.topics.update";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        String topicId = request.path("topic_id");

        return request.body().flatMap(body -> {
            if (body.has("id") && !body.path("id").asString("").equals(topicId)) {
                throw TopicInput.invalid(
                        "id", body.get("id"), topicId + " or nothing: a topic's threads are filed under its id");
            }
            TopicInput.onlyKnown(body, Set.of("name", "id"));
            String name = TopicInput.name(body);

            return topics.edit(request, current -> renamed(current, topicId, name))
                    .flatMap(written -> ServerResponse.ok()
                            .bodyValue(DiscussionTopic.courseWide(topicId, name).toJson()));
        });
    }

    /** The map with the topic under its new name, in the place it had, and its other members kept. */
    private static ObjectNode renamed(ObjectNode current, String topicId, String name) {
        String oldName =
                CourseWideTopics.nameOf(current, topicId).orElseThrow(() -> CourseWideTopics.unknownTopic(topicId));
        if (!name.equals(oldName) && current.has(name)) {
            throw CourseWideTopics.taken("name", name, "a name no other course-wide topic has");
        }

        ObjectNode renamed = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> topic : current.properties()) {
            renamed.set(topic.getKey().equals(oldName) ? name : topic.getKey(), topic.getValue());
        }
        return renamed;
    }
}
