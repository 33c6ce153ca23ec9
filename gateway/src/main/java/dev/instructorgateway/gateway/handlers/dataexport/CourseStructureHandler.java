package dev.instructorgateway.gateway.handlers.dataexport;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course structure export. The LMS has no such report, so the gateway builds it from the blocks API
 * ({@code depth=all}, {@code all_blocks=true}, which staff may ask for) and answers it at once, 200, as a JSON
 * document: no task is queued and no file is stored, so it never appears among the downloads.
 *
 * <p>The document is the course tree in course order: {@code course} is the root block, and every block has its
 * {@code id} (usage key), {@code type}, {@code display_name}, {@code graded}, {@code format} and {@code due} where
 * the block has them, and {@code children} where it has any (chapters, then sequentials, verticals and the
 * components inside). {@code block_counts} counts the blocks by type. The outline is asked fresh (an export should
 * show the course as it is now) and is required; the grading policy summary of the legacy {@code get_grading_config}
 * view, asked in parallel, is an enrichment whose failure is a warning.
 */
@Component
class CourseStructureHandler implements NativeHandler {

    private final BackendClient blocks;
    private final BackendClient legacy;

    CourseStructureHandler(BackendClients clients) {
        this.blocks = clients.get(Backend.COURSE_BLOCKS);
        this.legacy = clients.get(Backend.LMS_LEGACY);
    }

    @Override
    public String id() {
        return "data-export.course-structure.create";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        Mono<JsonNode> outline = blocks.get("/api/courses/v1/blocks/")
                .query("course_id", request.courseKey())
                .query("depth", "all")
                .query("all_blocks", "true")
                .query("requested_fields", "children,display_name,type,graded,format,due")
                .json(request.caller());
        Mono<Part<JsonNode>> grading = Part.optional(
                legacy.post("/courses/{}/instructor/api/get_grading_config", request.courseKey())
                        .form(Map.of())
                        .readOnly()
                        .json(request.caller())
                        .map(config -> config.path("grading_config_summary")),
                "grading_config_summary");

        return Mono.zip(outline, grading).flatMap(parts -> {
            ObjectNode answer = JsonNodeFactory.instance.objectNode();
            answer.put("course_id", request.courseKey());

            Map<String, Integer> counts = new TreeMap<>();
            JsonNode all = parts.getT1().path("blocks");
            answer.set("course", node(parts.getT1().path("root").asString(""), all, counts, new HashSet<>()));
            ObjectNode blockCounts = answer.putObject("block_counts");
            counts.forEach(blockCounts::put);

            if (parts.getT2().present()) {
                answer.set("grading_config_summary", parts.getT2().value());
            }
            return ServerResponse.ok().bodyValue(Part.warn(answer, parts.getT2()));
        });
    }

    /** One block and, depth first, the blocks under it; a block reached twice is listed once. */
    private static ObjectNode node(String id, JsonNode all, Map<String, Integer> counts, Set<String> seen) {
        JsonNode block = all.path(id);
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("id", id);
        node.put("type", block.path("type").asString(""));
        node.put("display_name", block.path("display_name").asString(""));
        for (String member : new String[] {"graded", "format", "due"}) {
            if (block.has(member)) {
                node.set(member, block.get(member));
            }
        }
        seen.add(id);
        counts.merge(node.path("type").asString(), 1, Integer::sum);

        JsonNode children = block.path("children");
        if (children.isArray()) {
            ArrayNode listed = node.putArray("children");
            for (JsonNode child : children) {
                String childId = child.asString();
                if (all.has(childId) && !seen.contains(childId)) {
                    listed.add(node(childId, all, counts, seen));
                }
            }
        }
        return node;
    }
}
