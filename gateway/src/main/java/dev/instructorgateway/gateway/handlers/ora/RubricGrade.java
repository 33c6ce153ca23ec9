package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A staff grade as a client sends it: {@code overall_feedback} and {@code criteria}, each with a {@code name}, an
 * optional {@code feedback} and the {@code selected_option} (absent for a feedback-only criterion). The staff
 * grader's own camelCase spellings ({@code overallFeedback}, {@code selectedOption}) are accepted too. Every
 * mistake is reported at once, before anything is sent.
 */
final class RubricGrade {

    private RubricGrade() {}

    /** The staff grader's grade body, or a 400 listing what is wrong with the client's. */
    static ObjectNode from(JsonNode body) {
        List<String> errors = new ArrayList<>();
        ObjectNode grade = JsonNodeFactory.instance.objectNode();
        grade.put("overallFeedback", text(body, "overall_feedback", "overallFeedback", "overall_feedback", errors));

        JsonNode criteria = body.path("criteria");
        if (!criteria.isArray() || criteria.isEmpty()) {
            errors.add("criteria: " + shown(criteria) + " (expected: a non-empty array of {name, selected_option,"
                    + " feedback})");
        } else {
            ArrayNode sent = grade.putArray("criteria");
            for (int i = 0; i < criteria.size(); i++) {
                sent.add(criterion(criteria.get(i), "criteria[" + i + "]", errors));
            }
        }

        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, String.join("; ", errors));
        }
        return grade;
    }

    private static ObjectNode criterion(JsonNode given, String where, List<String> errors) {
        ObjectNode criterion = JsonNodeFactory.instance.objectNode();
        if (!given.isObject()) {
            errors.add(where + ": " + shown(given) + " (expected: an object)");
            return criterion;
        }

        JsonNode name = given.path("name");
        if (!name.isString() || name.asString().isBlank()) {
            errors.add(where + ".name: " + shown(name) + " (expected: the criterion's name in the rubric)");
        }
        criterion.put("name", name.asString(""));
        criterion.put("feedback", text(given, "feedback", "feedback", where + ".feedback", errors));
        String option = nullableText(given, "selected_option", "selectedOption", where + ".selected_option", errors);
        criterion.put("selectedOption", option);
        return criterion;
    }

    private static String text(JsonNode node, String name, String alias, String where, List<String> errors) {
        String value = nullableText(node, name, alias, where, errors);
        return value == null ? "" : value;
    }

    private static @Nullable String nullableText(
            JsonNode node, String name, String alias, String where, List<String> errors) {
        JsonNode value = node.has(name) ? node.get(name) : node.path(alias);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            errors.add(where + ": " + shown(value) + " (expected: a string)");
            return null;
        }
        return value.asString();
    }

    private static String shown(JsonNode node) {
        return node.isMissingNode() ? "missing" : node.toString();
    }
}
