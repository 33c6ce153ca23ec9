package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Lists the course's discussion topics as one flat list in the pagination contract: course-wide topics first,
 * then the topics of discussion components, each with the category path the LMS files it under. The LMS's
 * {@code course_topics} answer is two trees of different shape (categories without ids holding topics); the
 * flat list is kept per course in {@link ReadCache#DISCUSSION_TOPICS} and forgotten when the gateway writes a
 * topic. It is the same for all course staff, who see every topic; its {@code thread_counts} are as old as the
 * kept list (at most {@code GATEWAY_CACHE_TTL}), and a topic added to a discussion component in Studio shows once
 * the kept list expires.
 */
@Component
class DiscussionTopicsListHandler implements NativeHandler {

    private final BackendClient discussion;
    private final ReadCaches caches;

    DiscussionTopicsListHandler(BackendClients clients, ReadCaches caches) {
        this.discussion = clients.get(Backend.DISCUSSION);
        this.caches = caches;
    }

    @Override
    public String id() {
        return "discussions.topics.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();

        Mono<List<JsonNode>> topics = caches.get(
                ReadCache.DISCUSSION_TOPICS,
                request.courseKey(),
                null,
                () -> discussion
                        .get("/api/discussion/v1/course_topics/{}", request.courseKey())
                        .json(request.caller())
                        .map(DiscussionTopicsListHandler::flatten));

        return topics.flatMap(all -> ServerResponse.ok().bodyValue(page.slice(all)));
    }

    static List<JsonNode> flatten(JsonNode courseTopics) {
        List<JsonNode> topics = new ArrayList<>();
        courseTopics
                .path("non_courseware_topics")
                .forEach(node -> collect(node, DiscussionTopic.COURSE_WIDE, null, topics));
        courseTopics.path("courseware_topics").forEach(node -> collect(node, DiscussionTopic.COURSEWARE, null, topics));
        return List.copyOf(topics);
    }

    /** A node with an id is a topic; one without is a category, whose name joins its children's category. */
    private static void collect(JsonNode node, String type, @Nullable String category, List<JsonNode> topics) {
        String name = node.path("name").asString("");
        JsonNode id = node.path("id");
        if (id.isString()) {
            JsonNode counts = node.path("thread_counts");
            topics.add(new DiscussionTopic(id.stringValue(), name, type, category, counts.isObject() ? counts : null)
                    .toJson());
        }

        String childCategory = category == null ? name : category + " / " + name;
        node.path("children").forEach(child -> collect(child, type, childCategory, topics));
    }
}
