package dev.instructorgateway.gateway.handlers.courseinfo;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes the course's schedule, pacing and description. The LMS is read-only for course metadata, so this goes
 * to Studio's course details API ({@code /api/contentstore/v1/course_details/{course_key}}), which replaces the
 * whole record on {@code PUT}: the handler reads the current details, applies the members the client sent (see
 * {@link EditableDetail} for the names, which follow {@code GET /info}, and how they map to Studio's), and puts
 * the result back. Every value is checked before Studio is called, and every mistake is reported at once.
 *
 * <p>Course staff may edit course details in Studio (its write access is the course staff or instructor role),
 * so course staff may call this. Both calls are required; the read-back of a failed write is Studio's problem.
 * The answer is the editable details as Studio saved them, and the course's kept {@code GET /info} answer is
 * forgotten.
 */
@Component
class CourseInfoUpdateHandler implements NativeHandler {

    private static final String DETAILS = "/api/contentstore/v1/course_details/{}";

    private final BackendClient studio;
    private final ReadCaches caches;

    CourseInfoUpdateHandler(BackendClients clients, ReadCaches caches) {
        this.studio = clients.get(Backend.STUDIO);
        this.caches = caches;
    }

    @Override
    public String id() {
        return "course-info.info.update";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        String courseKey = request.courseKey();

        return request.body()
                .map(CourseInfoUpdateHandler::changes)
                .flatMap(changes -> save(request, changes))
                .doOnNext(saved -> caches.invalidate(ReadCache.COURSE_METADATA, courseKey))
                .flatMap(saved -> ServerResponse.ok().bodyValue(unified(courseKey, saved)));
    }

    /** Reads Studio's details, applies the changes and puts the whole record back; gives what Studio saved. */
    private Mono<JsonNode> save(NativeRequest request, Map<EditableDetail, JsonNode> changes) {
        return studio.get(DETAILS, request.courseKey()).json(request.caller()).flatMap(current -> {
            ObjectNode updated =
                    current.isObject() ? ((ObjectNode) current).deepCopy() : JsonNodeFactory.instance.objectNode();
            changes.forEach((detail, value) -> updated.set(detail.studioName(), value));

            return studio.put(DETAILS, request.courseKey())
                    .json(updated)
                    .json(request.caller())
                    .map(saved -> saved.isObject() ? saved : updated);
        });
    }

    /** The Studio values for the client's members; a 400 naming every member that is unknown or wrong. */
    private static Map<EditableDetail, JsonNode> changes(JsonNode body) {
        Map<EditableDetail, JsonNode> changes = new EnumMap<>(EditableDetail.class);
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : body.properties()) {
            Optional<EditableDetail> detail = EditableDetail.named(member.getKey());
            if (detail.isEmpty()) {
                errors.add(member.getKey() + ": " + member.getValue() + " (expected: one of " + EditableDetail.names()
                        + ")");
                continue;
            }
            Optional<JsonNode> value = detail.get().toStudio(member.getValue());
            if (value.isEmpty()) {
                errors.add(member.getKey() + ": " + member.getValue() + " (expected: "
                        + detail.get().rule() + ")");
                continue;
            }
            changes.put(detail.get(), value.get());
        }

        if (changes.isEmpty() && errors.isEmpty()) {
            errors.add("body: {} (expected: at least one of " + EditableDetail.names() + ")");
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, String.join("; ", errors));
        }
        return changes;
    }

    private static ObjectNode unified(String courseKey, JsonNode saved) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("course_id", courseKey);
        for (EditableDetail detail : EditableDetail.values()) {
            answer.set(detail.unifiedName(), detail.fromStudio(saved.path(detail.studioName())));
        }
        return answer;
    }
}
