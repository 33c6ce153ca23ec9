package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.cache.ReadCaches;
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
 * The course's open response assessments, a page at a time.
 *
 * <p>Where the LMS serves instructor v2 ({@code LMS_HAS_INSTRUCTOR_V2}), its ORA list is the source: it pages (the
 * gateway asks for the client's page) and counts each ORA's responses by assessment step. The course's ORA totals
 * ({@code ora_summary}) are added as {@code summary}, an enrichment whose failure is a warning.
 *
 * <p>Elsewhere the course outline is the source: the blocks API's whole tree, kept in the course structure cache,
 * gives every openassessment block in course order with its unit, subsection and section, and the gateway cuts the
 * page. That list has no response counts; the staff grader's submissions routes give them per ORA.
 */
@Component
class OraListHandler implements NativeHandler {

    private final BackendClient v2;
    private final CourseOutline outline;
    private final boolean useV2;

    OraListHandler(BackendClients clients, ReadCaches caches, BackendsProperties properties) {
        this.v2 = clients.get(Backend.INSTRUCTOR_V2);
        this.outline = new CourseOutline(clients.get(Backend.COURSE_BLOCKS), caches);
        this.useV2 = properties.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "ora.assessments.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();
        Mono<ObjectNode> answer = useV2 ? fromV2(request, page) : fromOutline(request, page);
        return answer.flatMap(body -> ServerResponse.ok().bodyValue(body));
    }

    private Mono<ObjectNode> fromV2(NativeRequest request, PageRequest page) {
        Mono<JsonNode> oraPage = v2.get("/api/instructor/v2/courses/{}/ora", request.courseKey())
                .query("page", page.page())
                .query("page_size", page.pageSize())
                .json(request.caller());
        Mono<Part<JsonNode>> summary = Part.optional(
                v2.get("/api/instructor/v2/courses/{}/ora_summary", request.courseKey())
                        .json(request.caller()),
                "summary");

        return Mono.zip(oraPage, summary).map(parts -> {
            List<JsonNode> results = new ArrayList<>();
            parts.getT1().path("results").forEach(results::add);

            ObjectNode answer = page.answer(parts.getT1().path("count").asLong(results.size()), results);
            if (parts.getT2().present()) {
                answer.set("summary", parts.getT2().value());
            }
            return Part.warn(answer, parts.getT2());
        });
    }

    private Mono<ObjectNode> fromOutline(NativeRequest request, PageRequest page) {
        return outline.of(request.courseKey(), request.caller())
                .map(tree -> page.slice(tree.blocksOfType("openassessment")));
    }
}
