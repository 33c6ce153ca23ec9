package dev.instructorgateway.gateway.handlers.ora;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The staff grader answers in camelCase (it serves the ORA grading app); the unified API answers in snake_case, as
 * it does for the legacy views, so its members are renamed on the way out.
 */
final class SnakeCaseMembers {

    private static final PropertyNamingStrategies.NamingBase SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private SnakeCaseMembers() {}

    static String of(String name) {
        return SNAKE.nameForField(null, null, name);
    }

    /** A copy of the tree with every object member renamed. */
    static JsonNode copy(JsonNode node) {
        if (node.isObject()) {
            ObjectNode renamed = JsonNodeFactory.instance.objectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                renamed.set(of(member.getKey()), copy(member.getValue()));
            }
            return renamed;
        }
        if (node.isArray()) {
            ArrayNode items = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> items.add(copy(item)));
            return items;
        }
        return node;
    }

    /** A renamed copy of an object, or an empty object when the node is none. */
    static ObjectNode object(JsonNode node) {
        return node.isObject() ? (ObjectNode) copy(node) : JsonNodeFactory.instance.objectNode();
    }
}
