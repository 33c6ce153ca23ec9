package dev.instructorgateway.gateway.handlers.cohorts;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import dev.instructorgateway.gateway.handlers.Part;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists the course's cohorts a page at a time, as the cohorts API pages them, with whether the course is
 * cohorted at all. The cohort page is the answer; the cohorted flag is an enrichment, and its failure is a
 * warning.
 */
@Component
class CohortListHandler implements NativeHandler {

    private final BackendClient cohorts;

    CohortListHandler(BackendClients clients) {
        this.cohorts = clients.get(Backend.COHORTS);
    }

    @Override
    public String id() {
        return "cohorts.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();

        Mono<JsonNode> cohortPage = cohorts.get("/api/cohorts/v1/courses/{}/cohorts/", request.courseKey())
                .query("page", page.page())
                .query("page_size", page.pageSize())
                .json(request.caller());
        Mono<Part<Boolean>> cohorted = Part.optional(
                cohorts.get("/api/cohorts/v1/settings/{}", request.courseKey())
                        .json(request.caller())
                        .map(settings -> settings.path("is_cohorted").asBoolean()),
                "is_cohorted");

        return Mono.zip(cohortPage, cohorted).flatMap(parts -> {
            JsonNode backendPage = parts.getT1();
            List<JsonNode> results = new ArrayList<>();
            backendPage.path("results").forEach(results::add);

            ObjectNode answer = page.answer(backendPage.path("count").asLong(results.size()), results);
            if (parts.getT2().present()) {
                answer.put("is_cohorted", parts.getT2().value());
            }
            return ServerResponse.ok().bodyValue(Part.warn(answer, parts.getT2()));
        });
    }
}
