package dev.instructorgateway.gateway.handlers.cohorts;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.net.URI;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Creates a cohort through the cohorts API, which answers 200 with the new cohort; the gateway answers 201 with
 * it and a {@code Location} naming the cohort on the unified API. The name and assignment type are checked here
 * first, so a bad body never reaches the LMS; a duplicate name is the LMS's 400, passed on with its message.
 */
@Component
class CohortCreateHandler implements NativeHandler {

    private final BackendClient cohorts;

    CohortCreateHandler(BackendClients clients) {
        this.cohorts = clients.get(Backend.COHORTS);
    }

    @Override
    public String id() {
        return "cohorts.create";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return request.body()
                .map(CohortInput::newCohort)
                .flatMap(cohort -> cohorts.post("/api/cohorts/v1/courses/{}/cohorts/", request.courseKey())
                        .json(cohort)
                        .json(request.caller()))
                .flatMap(created -> {
                    URI location = UriComponentsBuilder.fromUri(
                                    request.exchange().getRequest().getURI())
                            .replaceQuery(null)
                            .pathSegment(Long.toString(created.path("id").asLong()))
                            .build(true)
                            .toUri();
                    return ServerResponse.created(location).bodyValue(created);
                });
    }
}
