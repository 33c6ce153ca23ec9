package dev.instructorgateway.legacy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The fields a legacy view receives, in catalogue order, each with one value or several (a repeated form
 * field). Encodes them the way Django parses them: form encoding for bodies and query strings, where
 * {@code +} must travel as {@code %2B} or the LMS reads a space.
 */
final class LegacyParameters {

    private final Map<String, List<String>> values = new LinkedHashMap<>();
    private final Map<String, JsonNode> jsonValues = new LinkedHashMap<>();

    void put(String field, List<String> fieldValues) {
        values.put(field, List.copyOf(fieldValues));
    }

    /** A field whose value is JSON text (the {@code |json} transform): kept as JSON for JSON bodies. */
    void putJson(String field, JsonNode value, String text) {
        jsonValues.put(field, value);
        values.put(field, List.of(text));
    }

    Map<String, List<String>> asMap() {
        return java.util.Collections.unmodifiableMap(values);
    }

    @Nullable
    String first(String field) {
        List<String> fieldValues = values.get(field);
        return fieldValues == null || fieldValues.isEmpty() ? null : fieldValues.get(0);
    }

    /** {@code a=1&b=x%2By}, for a form body or a query string. */
    String formEncoded() {
        return values.entrySet().stream()
                .flatMap(field -> field.getValue().stream().map(value -> encode(field.getKey()) + "=" + encode(value)))
                .collect(Collectors.joining("&"));
    }

    /** A JSON object of the fields: one value as a string, several as an array. */
    ObjectNode toJson(JsonMapper mapper) {
        ObjectNode object = mapper.createObjectNode();
        values.forEach((field, fieldValues) -> {
            if (jsonValues.containsKey(field)) {
                object.set(field, jsonValues.get(field));
            } else if (fieldValues.size() == 1) {
                object.put(field, fieldValues.get(0));
            } else {
                fieldValues.forEach(object.putArray(field)::add);
            }
        });
        return object;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
