package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Discussion activity per learner (threads, responses, replies, flags), the only engagement data the LMS itself
 * exposes; the rest lives in Insights. The discussion API's {@code activity_stats} pages the learners, so the page
 * asked for is passed through ({@code page}, {@code page_size}, and {@code order_by} = {@code activity},
 * {@code flagged} or {@code recency}) and the LMS's count becomes the contract's. {@code page_totals} adds up the
 * learners on this page; totals over the whole course would mean reading every page. The one call is required.
 */
@Component
class EngagementHandler implements NativeHandler {

    private static final Set<String> ORDERS = Set.of("activity", "flagged", "recency");
    private static final List<String> COUNTS =
            List.of("threads", "responses", "replies", "active_flags", "inactive_flags");

    private final BackendClient discussion;

    EngagementHandler(BackendClients clients) {
        this.discussion = clients.get(Backend.DISCUSSION);
    }

    @Override
    public String id() {
        return "analytics.engagement.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();
        String order = order(request.query("order_by"));

        return discussion
                .get("/api/discussion/v1/courses/{}/activity_stats", request.courseKey())
                .query("page", page.page())
                .query("page_size", page.pageSize())
                .query("order_by", order)
                .json(request.caller())
                .flatMap(stats -> {
                    List<JsonNode> learners = new ArrayList<>();
                    stats.path("results").forEach(learners::add);

                    long count = stats.path("pagination").path("count").asLong(learners.size());
                    ObjectNode answer = page.answer(count, learners);
                    ObjectNode totals = answer.putObject("page_totals");
                    COUNTS.forEach(name -> totals.put(
                            name,
                            learners.stream()
                                    .mapToLong(learner -> learner.path(name).asLong(0))
                                    .sum()));
                    return ServerResponse.ok().bodyValue(answer);
                });
    }

    private static @Nullable String order(@Nullable String asked) {
        if (asked == null || asked.isBlank()) {
            return null;
        }
        if (!ORDERS.contains(asked.strip())) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER, "order_by=" + asked + " (expected: activity, flagged or recency)");
        }
        return asked.strip();
    }
}
