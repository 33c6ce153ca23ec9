package dev.instructorgateway.gateway.handlers.cohorts;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Puts learners, named by username or email address, into a cohort in one call to the cohorts API, and answers
 * its account of each: {@code added}, {@code changed} (moved from another cohort), {@code present},
 * {@code unknown}, {@code preassigned} (not enrolled yet; they join on enrolling) and {@code invalid} (a
 * malformed email address). A learner the LMS does not know is not a failure of the request.
 */
@Component
class CohortStudentsAddHandler implements NativeHandler {

    /** How many learners one request may name; the LMS looks each of them up in turn within the one call. */
    static final int MAX_LEARNERS = 1000;

    private static final List<String> OUTCOMES =
            List.of("added", "changed", "present", "unknown", "preassigned", "invalid");

    private final BackendClient cohorts;

    CohortStudentsAddHandler(BackendClients clients) {
        this.cohorts = clients.get(Backend.COHORTS);
    }

    @Override
    public String id() {
        return "cohorts.students.add";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long cohortId = CohortInput.cohortId(request);

        return request.body()
                .map(body -> CohortInput.learners(body, MAX_LEARNERS, "usernames or email addresses"))
                .flatMap(learners -> cohorts.post(
                                "/api/cohorts/v1/courses/{}/cohorts/{}/users", request.courseKey(), cohortId)
                        .json(Map.of("users", learners))
                        .json(request.caller()))
                .flatMap(outcome -> ServerResponse.ok().bodyValue(outcomes(outcome)));
    }

    private static ObjectNode outcomes(JsonNode lms) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        for (String outcome : OUTCOMES) {
            JsonNode listed = lms.path(outcome);
            answer.set(outcome, listed.isArray() ? listed : JsonNodeFactory.instance.arrayNode());
        }
        return answer;
    }
}
