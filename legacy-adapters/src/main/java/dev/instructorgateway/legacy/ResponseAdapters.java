package dev.instructorgateway.legacy;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The response adapters of the unified contract, by the names the catalogue uses. */
final class ResponseAdapters {

    private final JsonMapper mapper;
    private final Map<String, ResponseAdapter> adapters;

    ResponseAdapters(JsonMapper mapper) {
        this.mapper = mapper;
        this.adapters = Map.of(
                "normalize", (status, body, context) -> new ResponseAdapter.Answer(status, body),
                "role-members", this::roleMembers,
                "task-accepted", this::taskAccepted,
                "single-download", this::singleDownload,
                "email-task-status", this::emailTaskStatus,
                "extension-table", this::extensionTable);
    }

    Set<String> names() {
        return adapters.keySet();
    }

    Optional<ResponseAdapter> find(String name) {
        return Optional.ofNullable(adapters.get(name));
    }

    /** {@code {course_id, <rolename>: [...], ...}} becomes {@code {course_id, role, results: [...], ...}}. */
    private ResponseAdapter.Answer roleMembers(
            HttpStatusCode status, @Nullable JsonNode body, ResponseAdapter.Context context) {
        String role = first(context.fields(), "rolename");
        if (body == null || !body.isObject() || role == null) {
            return new ResponseAdapter.Answer(status, body);
        }

        ObjectNode unified = mapper.createObjectNode();
        String listKey = SnakeCase.of(role);
        for (Map.Entry<String, JsonNode> member : body.properties()) {
            if (member.getKey().equals(listKey) || member.getKey().equals(role)) {
                continue;
            }
            unified.set(member.getKey(), member.getValue());
        }
        unified.put("role", role);
        JsonNode members = body.has(role) ? body.get(role) : body.get(listKey);
        unified.set("results", members == null ? mapper.createArrayNode() : members);
        return new ResponseAdapter.Answer(status, unified);
    }

    /** Work the LMS queued: 202 with a link to where its progress shows. */
    private ResponseAdapter.Answer taskAccepted(
            HttpStatusCode status, @Nullable JsonNode body, ResponseAdapter.Context context) {
        ObjectNode accepted =
                body != null && body.isObject() ? (ObjectNode) body.deepCopy() : mapper.createObjectNode();
        if (body != null && !body.isObject()) {
            accepted.set("message", body);
        }
        accepted.put("instructor_tasks_url", context.unifiedCoursePath() + "/instructor_tasks");
        return new ResponseAdapter.Answer(HttpStatus.ACCEPTED, accepted);
    }

    /** The reports list filtered by file name holds one report, or none. */
    private ResponseAdapter.Answer singleDownload(
            HttpStatusCode status, @Nullable JsonNode body, ResponseAdapter.Context context) {
        JsonNode downloads = body == null ? null : body.get("downloads");
        if (downloads == null || !downloads.isArray() || downloads.isEmpty()) {
            throw new ProblemException(
                    ProblemType.NOT_FOUND,
                    "No report named " + context.pathVariables().get("download_id") + " exists for this course.");
        }
        return new ResponseAdapter.Answer(status, downloads.get(0));
    }

    /** The LMS lists every bulk email task of the course; keep those of one email. */
    private ResponseAdapter.Answer emailTaskStatus(
            HttpStatusCode status, @Nullable JsonNode body, ResponseAdapter.Context context) {
        String emailId = context.pathVariables().get("email_id");
        ArrayNode matching = mapper.createArrayNode();
        JsonNode tasks = body == null ? null : body.get("tasks");
        if (tasks != null && tasks.isArray()) {
            tasks.forEach(task -> {
                if (emailId != null && emailId.equals(emailIdOf(task))) {
                    matching.add(task);
                }
            });
        }
        if (matching.isEmpty()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No bulk email task exists for email " + emailId + ".");
        }

        ObjectNode unified = mapper.createObjectNode();
        unified.put("email_id", emailId);
        unified.set("tasks", matching);
        return new ResponseAdapter.Answer(status, unified);
    }

    private @Nullable String emailIdOf(JsonNode task) {
        JsonNode input = task.get("task_input");
        if (input == null || !input.isString()) {
            return null;
        }
        try {
            JsonNode parsed = mapper.readTree(input.stringValue());
            JsonNode id = parsed.get("email_id");
            return id == null || id.isNull() ? null : id.asString();
        } catch (JacksonException e) {
            return null;
        }
    }

    /** A display table ({@code header}, {@code data} rows keyed by header text) becomes result objects. */
    private ResponseAdapter.Answer extensionTable(
            HttpStatusCode status, @Nullable JsonNode body, ResponseAdapter.Context context) {
        if (body == null || !body.has("data")) {
            return new ResponseAdapter.Answer(status, body);
        }

        ArrayNode results = mapper.createArrayNode();
        body.get("data").forEach(row -> {
            ObjectNode result = mapper.createObjectNode();
            row.properties().forEach(cell -> result.set(SnakeCase.of(cell.getKey()), cell.getValue()));
            results.add(result);
        });
        ObjectNode unified = mapper.createObjectNode();
        if (body.has("title")) {
            unified.set("title", body.get("title"));
        }
        unified.set("results", results);
        return new ResponseAdapter.Answer(status, unified);
    }

    private static @Nullable String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
