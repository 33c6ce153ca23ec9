package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The submissions to one ORA, oldest first, in the gateway's pagination contract. The staff grader has no list of
 * its own: its {@code initialize} answer holds every submission of the ORA in a map keyed by submission UUID, which
 * is what the grading app reads too, so the gateway cuts the page from it. Each submission's {@code id} is that
 * UUID, the {@code submission_id} of the submission routes. The one call is required.
 */
@Component
class OraSubmissionListHandler implements NativeHandler {

    private static final Comparator<JsonNode> OLDEST_FIRST = Comparator.<JsonNode, String>comparing(
                    submission -> submission.path("date_submitted").asString(""))
            .thenComparing(submission -> submission.path("id").asString());

    private final StaffGrader grader;

    OraSubmissionListHandler(StaffGrader grader) {
        this.grader = grader;
    }

    @Override
    public String id() {
        return "ora.submissions.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        OraLocation ora = OraLocation.of(request);
        PageRequest page = request.page();

        return grader.initialize(ora, request.caller()).flatMap(initialized -> {
            List<ObjectNode> submissions = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry :
                    initialized.path("submissions").properties()) {
                ObjectNode submission = SnakeCaseMembers.object(entry.getValue());
                submission.put("id", entry.getKey());
                submissions.add(submission);
            }
            submissions.sort(OLDEST_FIRST);

            return ServerResponse.ok().bodyValue(page.slice(submissions));
        });
    }
}
