package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** The name and id of a course-wide topic a client sends, checked before Studio is asked anything. */
final class TopicInput {

    static final int MAX_LENGTH = 255;

    /** What the gateway accepts as a new topic's id: it becomes part of the topic's URLs on every client. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0," + (MAX_LENGTH - 1) + "}");

    private TopicInput() {}

    static void onlyKnown(JsonNode body, Set<String> known) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!known.contains(field.getKey())) {
                throw invalid(
                        field.getKey(),
                        field.getValue(),
                        "only " + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    static String name(JsonNode body) {
        JsonNode name = body.path("name");
        if (!name.isString()
                || name.stringValue().isBlank()
                || name.stringValue().strip().length() > MAX_LENGTH) {
            throw invalid(
                    "name", name.isMissingNode() ? "missing" : name, "a text of 1 to " + MAX_LENGTH + " characters");
        }
        return name.stringValue().strip();
    }

    /** The id the client chose, or one made from the name ("Office Hours" becomes {@code office-hours}). */
    static String id(JsonNode body, String name) {
        JsonNode given = body.get("id");
        if (given == null || given.isNull()) {
            String made =
                    name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            if (made.isEmpty()) {
                throw invalid("id", "missing", "an id, as none can be made from the name " + name);
            }
            return made.length() > MAX_LENGTH ? made.substring(0, MAX_LENGTH) : made;
        }
        if (!given.isString() || !ID.matcher(given.stringValue()).matches()) {
            throw invalid(
                    "id",
                    given,
                    "1 to " + MAX_LENGTH + " letters, digits, '.', '_' or '-', the first a" + " letter or digit");
        }
        return given.stringValue();
    }

    static ProblemException invalid(String name, @Nullable Object value, String rule) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, name + ": " + value + " (expected: " + rule + ")");
    }
}
