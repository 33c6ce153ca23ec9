package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.util.List;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course's proctoring settings, from the instructor API v2 when the LMS has it, otherwise from Studio's
 * proctored exam settings (the course's advanced settings behind them), which the LMS has no API for. Clients see
 * v2's four members either way.
 */
@Component
class ProctoringSettings {

    static final String PROVIDER = "proctoring_provider";
    static final List<String> MEMBERS =
            List.of(PROVIDER, "proctoring_escalation_email", "create_zendesk_tickets", "enable_proctored_exams");

    private static final String STUDIO = "/api/contentstore/v1/proctored_exam_settings/{}";
    private static final String STUDIO_MEMBER = "proctored_exam_settings";
    private static final String V2 = ProctoredExams.V2_COURSE + "/proctoring_settings";

    private final ProctoredExams exams;
    private final BackendClient studio;
    private final BackendClient instructorV2;

    ProctoringSettings(ProctoredExams exams, BackendClients clients) {
        this.exams = exams;
        this.studio = clients.get(Backend.STUDIO);
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
    }

    /** The settings as their source holds them (Studio's include more than the client is shown). */
    Mono<JsonNode> current(NativeRequest request) {
        if (exams.fromV2()) {
            return instructorV2.get(V2, request.courseKey()).json(request.caller());
        }
        return studio.get(STUDIO, request.courseKey()).json(request.caller()).map(answer -> answer.path(STUDIO_MEMBER));
    }

    /**
     * Writes the changed members: a PATCH of just those to v2, or Studio's whole settings object with them merged
     * in (Studio validates the object as a whole). Sent once.
     */
    Mono<ObjectNode> change(NativeRequest request, JsonNode current, ObjectNode changes) {
        if (exams.fromV2()) {
            return instructorV2
                    .patch(V2, request.courseKey())
                    .json(changes)
                    .json(request.caller())
                    .map(ProctoringSettings::shown);
        }

        ObjectNode merged =
                current.isObject() ? (ObjectNode) current.deepCopy() : JsonNodeFactory.instance.objectNode();
        merged.setAll(changes);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set(STUDIO_MEMBER, merged);
        return studio.post(STUDIO, request.courseKey())
                .json(body)
                .json(request.caller())
                .map(answer -> shown(answer.path(STUDIO_MEMBER)));
    }

    /** The four members clients see. */
    static ObjectNode shown(JsonNode settings) {
        ObjectNode shown = JsonNodeFactory.instance.objectNode();
        for (String member : MEMBERS) {
            JsonNode value = settings.path(member);
            shown.set(member, value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value);
        }
        return shown;
    }
}
