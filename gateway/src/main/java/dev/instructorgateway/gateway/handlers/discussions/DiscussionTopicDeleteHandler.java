package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Removes a course-wide discussion topic from the course's {@code discussion_topics} advanced setting in Studio,
 * as {@link CourseWideTopics} describes; that read-modify-write is not atomic, so a change made in Studio at the
 * same moment can be lost. The topic's threads stay in the forum, but learners no longer find them under a
 * topic. An id the setting does not hold is a 404. Answers 204.
 */
@Component
class DiscussionTopicDeleteHandler implements NativeHandler {

    private final CourseWideTopics topics;

    DiscussionTopicDeleteHandler(CourseWideTopics topics) {
        this.topics = topics;
    }

    @Override
    public String id() {
        return "discussions.topics.delete";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        String topicId = request.path("topic_id");

        return topics.edit(request, current -> {
                    String name = CourseWideTopics.nameOf(current, topicId)
                            .orElseThrow(() -> CourseWideTopics.unknownTopic(topicId));
                    current.remove(name);
                    return current;
                })
                .then(ServerResponse.noContent().build());
    }
}
