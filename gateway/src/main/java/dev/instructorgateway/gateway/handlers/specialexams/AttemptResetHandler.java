package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Deletes a learner's attempts at a special exam so they can take it again. With the instructor API v2 this is its
 * own reset, one call. Without it, proctoring resets by numeric user id: the username is resolved through the
 * accounts API while the exam is checked to belong to the course (both required, in parallel), and only then is
 * proctoring's reset sent, once. An unknown learner, an unknown exam and a learner without attempts are 404s.
 * The answer is v2's {@code {success, message}}.
 */
@Component
class AttemptResetHandler implements NativeHandler {

    private final ProctoredExams exams;
    private final BackendClient accounts;
    private final BackendClient proctoring;
    private final BackendClient instructorV2;

    AttemptResetHandler(ProctoredExams exams, BackendClients clients) {
        this.exams = exams;
        this.accounts = clients.get(Backend.ACCOUNTS);
        this.proctoring = clients.get(Backend.PROCTORING);
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
    }

    @Override
    public String id() {
        return "special-exams.attempts.reset";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long examId = ExamId.of(request);
        String username = request.path("username");

        if (exams.fromV2()) {
            return instructorV2
                    .post(
                            ProctoredExams.V2_COURSE + "/special_exams/{}/reset/{}",
                            request.courseKey(),
                            examId,
                            username)
                    .json(request.caller())
                    .flatMap(answer -> ServerResponse.ok().bodyValue(answer));
        }

        Mono<Long> userId = accounts.get("/api/user/v1/accounts/{}", username)
                .json(request.caller())
                .onErrorMap(Answered.notFound(), Answered.as("No learner has the username " + username + "."))
                .flatMap(account -> account.path("id").asLong(0) > 0
                        ? Mono.just(account.path("id").asLong())
                        : Mono.error(new ProblemException(
                                ProblemType.LMS_FAILED,
                                "The accounts service did not give the id of " + username + ".")));

        return Mono.zip(exams.find(request, examId), userId)
                .flatMap(found -> reset(request, examId, username, found.getT2()))
                .flatMap(answer -> ServerResponse.ok().bodyValue(answer));
    }

    private Mono<ObjectNode> reset(NativeRequest request, long examId, String username, long userId) {
        return proctoring
                .delete(ProctoredExams.PROCTORING + "/exam_id/{}/user_id/{}/reset_attempts", examId, userId)
                .json(request.caller())
                .onErrorMap(
                        Answered.notFound(),
                        Answered.as(username + " has no attempt at special exam " + examId + " to reset."))
                .map(ignored -> {
                    ObjectNode result = JsonNodeFactory.instance.objectNode();
                    result.put("success", true);
                    result.put(
                            "message", "The attempts of " + username + " at special exam " + examId + " were deleted.");
                    return result;
                });
    }
}
