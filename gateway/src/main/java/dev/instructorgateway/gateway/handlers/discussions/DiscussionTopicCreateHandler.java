package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Adds a course-wide discussion topic: {@code {"name": ..., "id": ...}} (the id may be left out and is then made
 * from the name). The topic is added to the course's {@code discussion_topics} advanced setting in Studio, as
 * {@link CourseWideTopics} describes; that read-modify-write is not atomic, so a change made in Studio at the same
 * moment can be lost. A name or an id another course-wide topic already has is a 409. Answers 201 with the topic.
 */
@Component
class DiscussionTopicCreateHandler implements NativeHandler {

    private final CourseWideTopics topics;

    DiscussionTopicCreateHandler(CourseWideTopics topics) {
        this.topics = topics;
    }

    @Override
    public String id() {
        return "discussions.topics.create";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return request.body().flatMap(body -> {
            TopicInput.onlyKnown(body, Set.of("name", "id"));
            String name = TopicInput.name(body);
            String topicId = TopicInput.id(body, name);

            return topics.edit(request, current -> {
                        if (current.has(name)) {
                            throw CourseWideTopics.taken("name", name, "a name no other course-wide topic has");
                        }
                        if (CourseWideTopics.nameOf(current, topicId).isPresent()) {
                            throw CourseWideTopics.taken("id", topicId, "an id no other course-wide topic has");
                        }
                        current.set(name, JsonNodeFactory.instance.objectNode().put("id", topicId));
                        return current;
                    })
                    .flatMap(written -> ServerResponse.created(location(request, topicId))
                            .bodyValue(DiscussionTopic.courseWide(topicId, name).toJson()));
        });
    }

    private static URI location(NativeRequest request, String topicId) {
        return UriComponentsBuilder.fromUri(request.exchange().getRequest().getURI())
                .replaceQuery(null)
                .pathSegment(UriUtils.encodePathSegment(topicId, StandardCharsets.UTF_8))
                .build(true)
                .toUri();
    }
}
