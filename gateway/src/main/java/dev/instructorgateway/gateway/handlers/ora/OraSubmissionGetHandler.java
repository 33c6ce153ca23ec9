package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One submission to an ORA: the learner's response, its grade and whether a grader holds it, from the staff
 * grader's {@code submission} call (required). That answer does not say whose submission it is, so the
 * submission's row of the ORA's {@code initialize} answer (username, email, full name, dates, score) is added,
 * asked for in parallel; it is an enrichment, and its failure is a warning. The {@code submission/status} call is
 * not made: it repeats the grade and lock members the submission answer already has. The {@code ora_id} must be an
 * ORA of the course in the path and the {@code submission_id} a UUID (400 otherwise).
 */
@Component
class OraSubmissionGetHandler implements NativeHandler {

    private final StaffGrader grader;

    OraSubmissionGetHandler(StaffGrader grader) {
        this.grader = grader;
    }

    @Override
    public String id() {
        return "ora.submissions.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        OraLocation ora = OraLocation.of(request);
        String submission = OraLocation.submissionOf(request);

        Mono<JsonNode> detail = grader.submission(ora, submission, request.caller());
        Mono<Part<JsonNode>> row = Part.optional(
                grader.initialize(ora, request.caller())
                        .map(initialized -> initialized.path("submissions").path(submission)),
                "the submission's learner");

        return Mono.zip(detail, row).flatMap(parts -> {
            ObjectNode answer = SnakeCaseMembers.object(parts.getT2().orElse(MissingNode.getInstance()));
            answer.put("id", submission);
            answer.put("ora_id", ora.usageKey());
            answer.setAll(SnakeCaseMembers.object(parts.getT1()));
            return ServerResponse.ok().bodyValue(Part.warn(answer, parts.getT2()));
        });
    }
}
