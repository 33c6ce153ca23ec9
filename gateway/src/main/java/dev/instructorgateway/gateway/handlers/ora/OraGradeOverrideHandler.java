package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Grades a submission with the ORA's rubric as staff, the way the ORA grading app does: take the submission's
 * grading lock, send the grade, release the lock. The staff grader accepts a grade only from the lock's holder, so
 * a submission another grader holds is a 409 and no grade is sent. Once the lock is taken it is released whatever
 * follows: a refused or failed grade, or a client that went away. None of the three calls is ever repeated. The
 * answer is the staff grader's (grade status, lock status, grade data); a failed release after a grade that went
 * through is a warning, since the grade stands. The body is checked before anything is sent ({@link RubricGrade}).
 */
@Component
class OraGradeOverrideHandler implements NativeHandler {

    private final StaffGrader grader;

    OraGradeOverrideHandler(StaffGrader grader) {
        this.grader = grader;
    }

    @Override
    public String id() {
        return "ora.submissions.override-grade";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        OraLocation ora = OraLocation.of(request);
        String submission = OraLocation.submissionOf(request);
        Caller caller = request.caller();

        return request.body().map(RubricGrade::from).flatMap(grade -> {
            Mono<JsonNode> graded = Mono.usingWhen(
                    grader.lock(ora, submission, caller),
                    locked -> grader.grade(ora, submission, grade, caller),
                    locked -> Mono.empty(),
                    (locked, failure) -> release(ora, submission, caller),
                    locked -> release(ora, submission, caller));

            return graded.flatMap(answer -> Part.optional(
                                    grader.unlock(ora, submission, caller), "the release of the grading lock")
                            .map(released -> Part.warn(SnakeCaseMembers.object(answer), released)))
                    .flatMap(answer -> ServerResponse.ok().bodyValue(answer));
        });
    }

    /** After a failure the lock is released quietly: the client gets the failure that matters. */
    private Mono<Void> release(OraLocation ora, String submission, Caller caller) {
        return grader.unlock(ora, submission, caller)
                .onErrorResume(error -> Mono.empty())
                .then();
    }
}
