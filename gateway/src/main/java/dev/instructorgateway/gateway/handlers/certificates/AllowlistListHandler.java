package dev.instructorgateway.gateway.handlers.certificates;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The certificate allowlist (the learners granted a certificate exception), a page at a time: the instructor API
 * v2's per-learner certificate list filtered to {@code granted_exceptions}, which the LMS pages. Earlier LMS
 * releases have no API that lists the allowlist (the legacy dashboard only rendered it into its HTML page, and the
 * exception views only add and remove), so without v2 the answer is a 501 saying the LMS needs it.
 */
@Component
class AllowlistListHandler implements NativeHandler {

    private final BackendClient instructorV2;
    private final boolean v2;

    AllowlistListHandler(BackendClients clients, BackendsProperties backends) {
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.v2 = backends.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "certificates.allowlist.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();
        if (!v2) {
            return Mono.error(new ProblemException(
                    ProblemType.UNBACKED,
                    "Listing the certificate allowlist needs an LMS that serves /api/instructor/v2 (Open edX"
                            + " releases after Teak; set LMS_HAS_INSTRUCTOR_V2=true): earlier releases have no API"
                            + " that lists it. Adding and removing learners works on every release."));
        }

        return instructorV2
                .get("/api/instructor/v2/courses/{}/certificates/issued", request.courseKey())
                .query("filter", "granted_exceptions")
                .query("page", page.page())
                .query("page_size", page.pageSize())
                .json(request.caller())
                .flatMap(backendPage -> {
                    List<JsonNode> results = new ArrayList<>();
                    backendPage.path("results").forEach(results::add);
                    return ServerResponse.ok()
                            .bodyValue(page.answer(backendPage.path("count").asLong(results.size()), results));
                });
    }
}
