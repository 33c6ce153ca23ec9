package dev.instructorgateway.legacy;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Rewrites JSON member names from the LMS's occasional camelCase ({@code userDoesNotExist}) to snake_case. */
final class SnakeCase {

    private SnakeCase() {}

    static String of(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean afterSeparator = snake.isEmpty() || snake.charAt(snake.length() - 1) == '_';
            if (Character.isUpperCase(c)) {
                if (!afterSeparator && !Character.isUpperCase(name.charAt(i - 1))) {
                    snake.append('_');
                }
                snake.append(Character.toLowerCase(c));
            } else if (c == ' ' || c == '-') {
                if (!afterSeparator) {
                    snake.append('_');
                }
            } else {
                snake.append(c);
            }
        }
        return snake.toString().toLowerCase(Locale.ROOT);
    }

    /** A copy of the tree with every object member renamed. */
    static JsonNode keys(JsonNode node, JsonMapper mapper) {
        if (node.isObject()) {
            ObjectNode renamed = mapper.createObjectNode();
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                renamed.set(of(member.getKey()), keys(member.getValue(), mapper));
            }
            return renamed;
        }
        if (node.isArray()) {
            ArrayNode items = mapper.createArrayNode();
            node.forEach(item -> items.add(keys(item, mapper)));
            return items;
        }
        return node;
    }
}
