package dev.instructorgateway.gateway.handlers.cohorts;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Renames a cohort or changes how learners are assigned to it. The unified PUT becomes the cohorts API's PATCH
 * (plain JSON, which that view parses), which answers 204; the cohort is then read back and answered. The LMS's
 * refusals (a name another cohort has, taking away the course's last random cohort) keep their 400 and message.
 * Both calls are required: if the read-back fails the change has been made, and the client gets the cohorts
 * service's problem; sending the same PUT again is harmless.
 */
@Component
class CohortUpdateHandler implements NativeHandler {

    private static final String COHORT = "/api/cohorts/v1/courses/{}/cohorts/{}";

    private final BackendClient cohorts;

    CohortUpdateHandler(BackendClients clients) {
        this.cohorts = clients.get(Backend.COHORTS);
    }

    @Override
    public String id() {
        return "cohorts.update";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long cohortId = CohortInput.cohortId(request);

        return request.body()
                .map(CohortInput::changes)
                .flatMap(changes -> cohorts.patch(COHORT, request.courseKey(), cohortId)
                        .json(changes)
                        .json(request.caller()))
                .then(Mono.defer(
                        () -> cohorts.get(COHORT, request.courseKey(), cohortId).json(request.caller())))
                .flatMap(cohort -> ServerResponse.ok().bodyValue(cohort));
    }
}
