package dev.instructorgateway.gateway.handlers.cohorts;

import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the cohort handlers accept from a client, checked before anything is sent to the cohorts API, so that a
 * mistyped field or a learner list of the wrong shape is a 400 naming it rather than a half-made change.
 */
final class CohortInput {

    /** The most characters the LMS stores in a cohort's name. */
    static final int MAX_NAME = 255;

    private static final Set<String> ASSIGNMENT_TYPES = Set.of("manual", "random");
    private static final Set<String> CREATE_FIELDS = Set.of("name", "assignment_type", "user_partition_id", "group_id");
    private static final Set<String> UPDATE_FIELDS = Set.of("name", "assignment_type");

    private CohortInput() {}

    /** The {@code cohort_id} path variable, which the cohorts API keys as a positive integer. */
    static long cohortId(NativeRequest request) {
        String raw = request.path("cohort_id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id < 1) {
            throw invalid("cohort_id", raw, "a positive whole number");
        }
        return id;
    }

    /** The cohorts API's create body: a name and an assignment type, and optionally a content group. */
    static ObjectNode newCohort(JsonNode body) {
        onlyKnown(body, CREATE_FIELDS);
        ObjectNode cohort = JsonNodeFactory.instance.objectNode();
        cohort.put("name", name(body.get("name")));
        cohort.put("assignment_type", assignmentType(body.get("assignment_type")));

        JsonNode partition = present(body, "user_partition_id");
        JsonNode group = present(body, "group_id");
        if ((partition == null) != (group == null)) {
            throw invalid(
                    "user_partition_id, group_id",
                    body.path("user_partition_id") + ", " + body.path("group_id"),
                    "both or neither: a cohort is linked to one group of one content-group partition");
        }
        if (partition != null && group != null) {
            cohort.put("user_partition_id", wholeNumber("user_partition_id", partition));
            cohort.put("group_id", wholeNumber("group_id", group));
        }
        return cohort;
    }

    /** The cohorts API's PATCH body: a new name, a new assignment type, or both. */
    static ObjectNode changes(JsonNode body) {
        onlyKnown(body, UPDATE_FIELDS);
        if (present(body, "name") == null && present(body, "assignment_type") == null) {
            throw invalid("body", body, "at least one of name, assignment_type");
        }

        ObjectNode changes = JsonNodeFactory.instance.objectNode();
        if (present(body, "name") != null) {
            changes.put("name", name(body.get("name")));
        }
        if (present(body, "assignment_type") != null) {
            changes.put("assignment_type", assignmentType(body.get("assignment_type")));
        }
        return changes;
    }

    /**
     * The {@code users} member: learners, each once, in the order given.
     *
     * @param max how many learners one request may name
     * @param what how the LMS lets learners be named here ("usernames")
     */
    static List<String> learners(JsonNode body, int max, String what) {
        onlyKnown(body, Set.of("users"));
        JsonNode users = body.path("users");
        if (!users.isArray() || users.isEmpty() || users.size() > max) {
            throw invalid("users", users.isMissingNode() ? "missing" : users, "a list of 1 to " + max + " " + what);
        }

        Set<String> learners = new LinkedHashSet<>();
        for (JsonNode user : users) {
            if (!user.isString() || user.stringValue().isBlank()) {
                throw invalid("users", user, "each one of " + what);
            }
            learners.add(user.stringValue().strip());
        }
        return new ArrayList<>(learners);
    }

    static ProblemException invalid(String name, Object value, String rule) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, name + ": " + value + " (expected: " + rule + ")");
    }

    private static void onlyKnown(JsonNode body, Set<String> known) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!known.contains(field.getKey())) {
                throw invalid(
                        field.getKey(),
                        field.getValue(),
                        "one of the fields "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static String name(@Nullable JsonNode value) {
        if (value == null
                || !value.isString()
                || value.stringValue().isBlank()
                || value.stringValue().strip().length() > MAX_NAME) {
            throw invalid("name", value == null ? "missing" : value, "a text of 1 to " + MAX_NAME + " characters");
        }
        return value.stringValue().strip();
    }

    private static String assignmentType(@Nullable JsonNode value) {
        if (value == null || !value.isString() || !ASSIGNMENT_TYPES.contains(value.stringValue())) {
            throw invalid("assignment_type", value == null ? "missing" : value, "manual or random");
        }
        return value.stringValue();
    }

    private static int wholeNumber(String name, JsonNode value) {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0) {
            throw invalid(name, value, "a whole number, 0 or more");
        }
        return value.intValue();
    }

    /** The member's value, or null when it is absent or JSON null. */
    private static @Nullable JsonNode present(JsonNode body, String name) {
        JsonNode value = body.get(name);
        return value == null || value.isNull() ? null : value;
    }
}
