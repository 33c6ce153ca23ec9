package dev.instructorgateway.gateway.handlers.cohorts;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes learners out of a cohort. The cohorts API removes one learner per call ({@code DELETE
 * .../cohorts/{id}/users/{username}}), so the handler calls it once for each distinct username, a few at a time,
 * and never twice for the same learner (a removal is not retried either). Learners come as {@code {"users":
 * [...]}} in the body, or as {@code ?username=} for one; the LMS takes usernames here, not email addresses.
 *
 * <p>The answer, when several learners were named, is 200 with {@code removed} (usernames) and {@code failed}
 * (each with the LMS's status and message, such as "User not assigned to the given cohort."), in the order
 * asked; the client reads which failed from the body, as from a 207. When one learner was named and the removal
 * failed, or when none was removed because the cohorts service itself failed, the answer is that failure's
 * problem (the LMS's 400 or 404, or 502/503/504 naming the service).
 */
@Component
class CohortStudentsRemoveHandler implements NativeHandler {

    /** How many learners one request may name: each is a call to the LMS. */
    static final int MAX_LEARNERS = 100;

    /** How many removals are under way at once, so that one request does not take the whole bulkhead. */
    static final int CONCURRENCY = 4;

    private final BackendClient cohorts;

    CohortStudentsRemoveHandler(BackendClients clients) {
        this.cohorts = clients.get(Backend.COHORTS);
    }

    @Override
    public String id() {
        return "cohorts.students.remove";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long cohortId = CohortInput.cohortId(request);
        @Nullable String username = request.query("username");

        return request.body()
                .map(body -> learners(body, username))
                .flatMap(learners -> Flux.fromIterable(learners)
                        .flatMapSequential(learner -> remove(request, cohortId, learner), CONCURRENCY)
                        .collectList())
                .flatMap(CohortStudentsRemoveHandler::answer);
    }

    /** Each learner becomes a path segment of the LMS's URL, so one that could stand for another path is refused. */
    private static List<String> learners(JsonNode body, @Nullable String username) {
        List<String> learners = named(body, username);
        for (String learner : learners) {
            if (learner.contains("/") || learner.equals(".") || learner.equals("..")) {
                throw CohortInput.invalid("users", learner, "usernames, which have no / and are not . or ..");
            }
        }
        return learners;
    }

    private static List<String> named(JsonNode body, @Nullable String username) {
        if (username == null) {
            return CohortInput.learners(body, MAX_LEARNERS, "usernames");
        }
        if (!body.isEmpty()) {
            throw CohortInput.invalid("username", username, "either ?username= or a body with users, not both");
        }
        if (username.isBlank()) {
            throw CohortInput.invalid("username", "(blank)", "a username");
        }
        return List.of(username.strip());
    }

    private Mono<Outcome> remove(NativeRequest request, long cohortId, String learner) {
        return cohorts.delete("/api/cohorts/v1/courses/{}/cohorts/{}/users/{}", request.courseKey(), cohortId, learner)
                .json(request.caller())
                .thenReturn(new Outcome(learner, null))
                .onErrorResume(ProblemException.class, problem -> Mono.just(new Outcome(learner, problem)));
    }

    private static Mono<ServerResponse> answer(List<Outcome> outcomes) {
        List<Outcome> failed =
                outcomes.stream().filter(outcome -> outcome.problem() != null).toList();
        if (outcomes.size() == 1 && failed.size() == 1) {
            return Mono.error(failed.get(0).problem());
        }
        if (failed.size() == outcomes.size()
                && failed.stream()
                        .allMatch(outcome -> outcome.problem().status().is5xxServerError())) {
            return Mono.error(failed.get(0).problem());
        }

        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        ArrayNode removed = answer.putArray("removed");
        ArrayNode failures = answer.putArray("failed");
        for (Outcome outcome : outcomes) {
            ProblemException problem = outcome.problem();
            if (problem == null) {
                removed.add(outcome.username());
                continue;
            }
            failures.addObject()
                    .put("username", outcome.username())
                    .put("status", problem.status().value())
                    .put("detail", problem.getMessage());
        }
        return ServerResponse.ok().bodyValue(answer);
    }

    /** What became of one learner: removed, or the problem the cohorts service gave. */
    private record Outcome(String username, @Nullable ProblemException problem) {}
}
