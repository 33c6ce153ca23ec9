package dev.instructorgateway.gateway.handlers.dataexport;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.catalogue.keys.OpaqueKeys;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues a report by {@code report_type} ({@link ReportType}): through instructor v2's
 * {@code reports/{report_type}/generate} where the LMS has it ({@code LMS_HAS_INSTRUCTOR_V2}), otherwise through the
 * legacy instructor view that queues that report, sent as a form. {@code problem_responses} also needs
 * {@code problem_location}, a usage key (the LMS checks that it is in the course). An unknown or missing
 * {@code report_type} is a 400 listing the known ones, and nothing is sent.
 *
 * <p>The answer is the one the legacy task-accepted routes give: 202 Accepted with the LMS's answer ({@code status},
 * and {@code task_id} where the LMS gives one, as for problem responses) and {@code instructor_tasks_url}, where the
 * report's progress shows. The request queues work, so it is sent once and never repeated; the LMS's refusals
 * (already running, no research rights) keep their status.
 */
@Component
class ReportRequestHandler implements NativeHandler {

    private final BackendClient legacy;
    private final BackendClient v2;
    private final boolean useV2;

    ReportRequestHandler(BackendClients clients, BackendsProperties properties) {
        this.legacy = clients.get(Backend.LMS_LEGACY);
        this.v2 = clients.get(Backend.INSTRUCTOR_V2);
        this.useV2 = properties.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "data-export.downloads.create";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return request.body().flatMap(body -> {
            ReportType type = typeOf(body);
            String problemLocation = problemLocationOf(body, type);

            Mono<JsonNode> queued =
                    useV2 ? viaV2(request, type, problemLocation) : viaLegacy(request, type, problemLocation);
            return queued.flatMap(answer -> ServerResponse.accepted().bodyValue(accepted(request, answer)));
        });
    }

    private Mono<JsonNode> viaV2(NativeRequest request, ReportType type, @Nullable String problemLocation) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        if (problemLocation != null) {
            body.put("problem_location", problemLocation);
        }
        return v2.post("/api/instructor/v2/courses/{}/reports/{}/generate", request.courseKey(), type.slug())
                .json(body)
                .json(request.caller());
    }

    private Mono<JsonNode> viaLegacy(NativeRequest request, ReportType type, @Nullable String problemLocation) {
        Map<String, String> form = new LinkedHashMap<>();
        if (problemLocation != null) {
            form.put("problem_location", problemLocation);
        }
        String view = type.legacyView().orElseThrow();
        return legacy.post("/courses/{}/instructor/api/" + view, request.courseKey())
                .form(form)
                .json(request.caller());
    }

    private ReportType typeOf(JsonNode body) {
        JsonNode given = body.path("report_type");
        ReportType type = given.isString() ? ReportType.of(given.asString()).orElse(null) : null;
        if (type == null || (!useV2 && type.legacyView().isEmpty())) {
            String shown = given.isMissingNode() ? "missing" : given.toString();
            String hint = type == null ? "" : "; the issued certificates CSV is served at GET certificates?csv=true";
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    "report_type: " + shown + " (expected: one of " + ReportType.known(useV2) + hint + ")");
        }
        return type;
    }

    private static @Nullable String problemLocationOf(JsonNode body, ReportType type) {
        if (type != ReportType.PROBLEM_RESPONSES) {
            return null;
        }
        JsonNode given = body.path("problem_location");
        if (!given.isString() || !OpaqueKeys.isUsageKey(given.asString())) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    "problem_location: " + (given.isMissingNode() ? "missing" : given.toString())
                            + " (expected: the usage key of a problem or of a block that holds problems, such as"
                            + " block-v1:{org}+{course}+{run}+type@problem+block@{id})");
        }
        return given.asString();
    }

    private static ObjectNode accepted(NativeRequest request, JsonNode answer) {
        ObjectNode accepted =
                answer.isObject() ? (ObjectNode) answer.deepCopy() : JsonNodeFactory.instance.objectNode();
        if (!answer.isObject() && !answer.isMissingNode()) {
            accepted.set("message", answer);
        }
        accepted.put(
                "instructor_tasks_url",
                "/api/instructor/v1/courses/" + UriUtils.encodePathSegment(request.courseKey(), StandardCharsets.UTF_8)
                        + "/instructor_tasks");
        return accepted;
    }
}
