package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course's whole block tree from the blocks API ({@code depth=all}, {@code all_blocks=true}, which staff may
 * ask for and which is the same for every staff caller), kept in the course structure cache per course.
 */
final class CourseOutline {

    /** What the cache holds for a course: the blocks API's answer with these fields. */
    static final String REQUESTED_FIELDS = "children,display_name,type,graded,format,due";

    private final BackendClient blocks;
    private final ReadCaches caches;

    CourseOutline(BackendClient blocks, ReadCaches caches) {
        this.blocks = blocks;
        this.caches = caches;
    }

    Mono<Tree> of(String courseKey, Caller caller) {
        return caches.<JsonNode>get(
                        ReadCache.COURSE_STRUCTURE,
                        courseKey,
                        null,
                        () -> blocks.get("/api/courses/v1/blocks/")
                                .query("course_id", courseKey)
                                .query("depth", "all")
                                .query("all_blocks", "true")
                                .query("requested_fields", REQUESTED_FIELDS)
                                .json(caller))
                .map(Tree::new);
    }

    /** The blocks API's answer: a {@code root} id and a {@code blocks} map of id to block. */
    record Tree(JsonNode answer) {

        /**
         * Every block of a type, in course order, each with the names of the unit, subsection and section it sits
         * in and the due date it inherits from its subsection.
         */
        List<ObjectNode> blocksOfType(String type) {
            List<ObjectNode> found = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Deque<Placed> pending = new ArrayDeque<>();
            pending.push(new Placed(answer.path("root").asString(""), new Context(null, null, null, null)));

            while (!pending.isEmpty()) {
                Placed placed = pending.pop();
                JsonNode block = answer.path("blocks").path(placed.id());
                if (block.isMissingNode() || !seen.add(placed.id())) {
                    continue;
                }
                if (type.equals(block.path("type").asString())) {
                    found.add(describe(placed.id(), block, placed.context()));
                }

                Context inner = placed.context().within(block);
                JsonNode children = block.path("children");
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(new Placed(children.get(i).asString(), inner));
                }
            }
            return found;
        }

        private static ObjectNode describe(String id, JsonNode block, Context context) {
            ObjectNode described = JsonNodeFactory.instance.objectNode();
            described.put("block_id", id);
            described.put("display_name", block.path("display_name").asString(""));
            described.put("unit_name", context.unit());
            described.put("subsection_name", context.subsection());
            described.put("section_name", context.section());
            described.put("graded", block.path("graded").asBoolean(false));
            described.put("due", block.has("due") ? block.path("due").asString(null) : context.due());
            return described;
        }
    }

    private record Placed(String id, Context context) {}

    /** The names of the section, subsection and unit a block sits in, and the subsection's due date. */
    private record Context(
            @Nullable String section,
            @Nullable String subsection,
            @Nullable String unit,
            @Nullable String due) {

        Context within(JsonNode block) {
            String name = block.path("display_name").asString("");
            return switch (block.path("type").asString("")) {
                case "chapter" -> new Context(name, null, null, null);
                case "sequential" ->
                    new Context(section, name, null, block.path("due").asString(null));
                case "vertical" -> new Context(section, subsection, name, due);
                default -> this;
            };
        }
    }
}
