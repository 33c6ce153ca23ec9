package dev.instructorgateway.legacy;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the LMS's four error shapes into one problem: an empty 400 whose only detail is the reason phrase (a
 * Python dict of serializer errors), a DRF field map, {@code {"error": ...}}-style objects, and plain text. An
 * HTML page never reaches the client. The LMS's 4xx statuses are kept; its 5xx become 502.
 */
public final class LmsErrors {

    private static final int MAX_DETAIL = 500;
    private static final Pattern PYTHON_FIELD = Pattern.compile("'([\\w-]+)':\\s*\\[(.*?)](?=\\s*[,}])");
    private static final Pattern PYTHON_STRING = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern ERROR_DETAIL =
            Pattern.compile("string=('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\")");
    private static final List<String> MESSAGE_MEMBERS = List.of("error", "message", "detail", "developer_message");

    private LmsErrors() {}

    /**
     * @param clientNames the client's name for each legacy field, so the errors name what the client sent
     */
    public static ProblemException problem(
            HttpStatusCode status,
            @Nullable String reason,
            @Nullable MediaType type,
            byte[] body,
            Map<String, String> clientNames,
            JsonMapper mapper) {
        Map<String, List<String>> lmsErrors = new LinkedHashMap<>();
        String lmsDetail = detail(status, reason, type, body, lmsErrors, mapper);

        Map<String, List<String>> errors = new LinkedHashMap<>();
        lmsErrors.forEach((field, messages) -> errors.put(clientNames.getOrDefault(field, field), messages));
        String detail = lmsErrors.isEmpty() ? lmsDetail : fieldSummary(errors);

        HttpStatusCode answered = status.is5xxServerError() ? HttpStatus.BAD_GATEWAY : status;
        ProblemType problemType = status.is5xxServerError() ? ProblemType.LMS_FAILED : ProblemType.LMS_REJECTED;
        Map<String, Object> properties = errors.isEmpty() ? Map.of() : Map.of("errors", errors);
        return new ProblemException(problemType, answered, detail, HttpHeaders.EMPTY, properties);
    }

    private static String detail(
            HttpStatusCode status,
            @Nullable String reason,
            @Nullable MediaType type,
            byte[] body,
            Map<String, List<String>> errors,
            JsonMapper mapper) {
        String text = new String(body, StandardCharsets.UTF_8).strip();

        if (text.isEmpty()) {
            if (reason != null && reason.startsWith("{")) {
                collectPythonDict(reason, errors);
            }
            if (!errors.isEmpty()) {
                return fieldSummary(errors);
            }
            return "The LMS answered " + status.value() + (reason == null || reason.isBlank() ? "" : " " + reason)
                    + " without saying why.";
        }
        if (isHtmlPage(text)) {
            return "The LMS answered " + status.value() + " with an HTML page.";
        }
        if (type != null && type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
            try {
                return jsonDetail(status, mapper.readTree(text), errors);
            } catch (JacksonException e) {
                return truncate(text);
            }
        }
        return truncate(text);
    }

    private static String jsonDetail(HttpStatusCode status, JsonNode body, Map<String, List<String>> errors) {
        if (body.isString()) {
            return truncate(body.stringValue());
        }
        if (!body.isObject()) {
            return "The LMS answered " + status.value() + ".";
        }

        for (String member : MESSAGE_MEMBERS) {
            JsonNode message = body.get(member);
            if (message == null || message.isNull()) {
                continue;
            }
            if (message.isObject()) {
                collectFieldMap(message, errors);
                return errors.isEmpty() ? truncate(message.toString()) : fieldSummary(errors);
            }
            return truncate(message.asString());
        }

        collectFieldMap(body, errors);
        return errors.isEmpty() ? "The LMS answered " + status.value() + "." : fieldSummary(errors);
    }

    /**
     * Django labels plain-text errors {@code text/html} too ({@code HttpResponseBadRequest("...")}), so a page is
     * recognised by its markup, not by its content type.
     */
    static boolean isHtmlPage(String text) {
        String start = text.stripLeading();
        return start.startsWith("<");
    }

    /** A DRF field map: each member a list of messages (or one message). */
    private static void collectFieldMap(JsonNode map, Map<String, List<String>> errors) {
        for (Map.Entry<String, JsonNode> field : map.properties()) {
            List<String> messages = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(m -> messages.add(m.asString()));
            } else if (field.getValue().isString()) {
                messages.add(field.getValue().stringValue());
            }
            if (!messages.isEmpty()) {
                errors.put(field.getKey(), messages);
            }
        }
    }

    /** The reason phrase {@code {'field': ['msg', ...]}} that DRF's serializer errors become in Django. */
    private static void collectPythonDict(String reason, Map<String, List<String>> errors) {
        Matcher field = PYTHON_FIELD.matcher(reason);
        while (field.find()) {
            List<String> messages = new ArrayList<>();
            String list = field.group(2);
            Matcher detail = ERROR_DETAIL.matcher(list);
            while (detail.find()) {
                messages.add(unquote(detail.group(1)));
            }
            if (messages.isEmpty()) {
                Matcher string = PYTHON_STRING.matcher(list);
                while (string.find()) {
                    messages.add(unquote(string.group()));
                }
            }
            errors.put(field.group(1), messages);
        }
    }

    /** {@code 'it\'s'} or {@code "it's"} as the text it stands for. */
    private static String unquote(String quoted) {
        return quoted.substring(1, quoted.length() - 1).replace("\\'", "'").replace("\\\"", "\"");
    }

    private static String fieldSummary(Map<String, List<String>> errors) {
        return errors.entrySet().stream()
                .map(e -> e.getKey() + ": " + String.join(" ", e.getValue()))
                .reduce((a, b) -> a + "; " + b)
                .orElse("");
    }

    private static String truncate(String text) {
        return text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "...";
    }
}
