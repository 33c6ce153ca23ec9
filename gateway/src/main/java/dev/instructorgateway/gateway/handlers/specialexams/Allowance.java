package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * An allowance a client asks for, checked before anything is sent: learners by username or email, and a value that
 * fits the type (whole minutes above 0 for {@code additional_time_granted}, a number above 1 for
 * {@code time_multiplier}, the exception's text for {@code review_policy_exception}).
 *
 * @param learners the usernames or emails, as sent
 * @param type the allowance type
 * @param value the value as proctoring stores it, a string
 */
record Allowance(List<String> learners, String type, String value) {

    static final String ADDITIONAL_TIME = "additional_time_granted";
    static final String MULTIPLIER = "time_multiplier";
    static final String REVIEW_EXCEPTION = "review_policy_exception";

    /** The allowance of the body; every wrong member is named in one 400. */
    static Allowance from(JsonNode body) {
        List<String> errors = new ArrayList<>();

        List<String> learners = new ArrayList<>();
        JsonNode users = body.path("user_ids");
        if (!users.isArray() || users.isEmpty()) {
            errors.add("user_ids: " + shown(users) + " (expected: a list of usernames or emails)");
        } else {
            for (int i = 0; i < users.size(); i++) {
                JsonNode user = users.get(i);
                if (!user.isString()
                        || user.stringValue().isBlank()
                        || user.stringValue().matches(".*[,\\s].*")) {
                    errors.add("user_ids[" + i + "]: " + user + " (expected: a username or email, without commas"
                            + " or spaces)");
                } else {
                    learners.add(user.stringValue());
                }
            }
        }

        String type = body.path("allowance_type").asString("");
        String value = "";
        JsonNode sent = body.path("value");
        switch (type) {
            case ADDITIONAL_TIME -> {
                value = number(sent);
                if (!value.matches("0*[1-9][0-9]{0,8}")) {
                    errors.add("value: " + shown(sent) + " (expected: whole minutes, at least 1)");
                }
            }
            case MULTIPLIER -> {
                value = number(sent);
                if (!value.matches("[0-9]{1,6}(\\.[0-9]{1,6})?")
                        || new BigDecimal(value).compareTo(BigDecimal.ONE) <= 0) {
                    errors.add("value: " + shown(sent) + " (expected: a number above 1, such as 1.5)");
                }
            }
            case REVIEW_EXCEPTION -> {
                value = sent.isString() ? sent.stringValue().strip() : "";
                if (value.isEmpty()) {
                    errors.add("value: " + shown(sent) + " (expected: the text of the review policy exception)");
                }
            }
            default ->
                errors.add("allowance_type: " + shown(body.path("allowance_type")) + " (expected: " + ADDITIONAL_TIME
                        + ", " + REVIEW_EXCEPTION + " or " + MULTIPLIER + ")");
        }

        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, String.join("; ", errors));
        }
        return new Allowance(List.copyOf(learners), type, value);
    }

    /** The key proctoring keeps the allowance under: a multiplier is stored as the time it adds. */
    String storedKey() {
        return type.equals(MULTIPLIER) ? ADDITIONAL_TIME : type;
    }

    private static String number(JsonNode sent) {
        if (sent.isNumber()) {
            return sent.decimalValue().stripTrailingZeros().toPlainString();
        }
        return sent.isString() ? sent.stringValue().strip() : "";
    }

    private static String shown(JsonNode value) {
        return value.isMissingNode() ? "(missing)" : value.toString();
    }
}
