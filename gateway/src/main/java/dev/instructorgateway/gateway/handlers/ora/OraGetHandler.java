package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * One ORA: its prompts, response settings and rubric, from the staff grader's {@code initialize} answer (the only
 * API that describes an ORA to staff), with its course and how many submissions it has. The {@code ora_id} is the
 * ORA's usage key and must belong to the course in the path (400 otherwise); an ORA the staff grader cannot find
 * is a 404. The one call is required.
 */
@Component
class OraGetHandler implements NativeHandler {

    private final StaffGrader grader;

    OraGetHandler(StaffGrader grader) {
        this.grader = grader;
    }

    @Override
    public String id() {
        return "ora.assessments.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        OraLocation ora = OraLocation.of(request);

        return grader.initialize(ora, request.caller()).flatMap(initialized -> {
            ObjectNode answer = SnakeCaseMembers.object(initialized.path("oraMetadata"));
            answer.put("ora_id", ora.usageKey());
            answer.set("course", SnakeCaseMembers.object(initialized.path("courseMetadata")));
            answer.put("is_enabled", initialized.path("isEnabled").asBoolean(false));
            answer.put("submission_count", initialized.path("submissions").size());
            return ServerResponse.ok().bodyValue(answer);
        });
    }
}
