package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The calls the ORA handlers make to the staff grader API, which names an ORA by {@code oraLocation} and a
 * submission by {@code submissionUUID} in the query string of every call. Its own error codes become the answers a
 * client of the unified API expects: an unknown ORA is a 404, a submission another grader holds is a 409.
 */
@Component
class StaffGrader {

    private final BackendClient grader;

    StaffGrader(BackendClients clients) {
        this.grader = clients.get(Backend.ORA_STAFF_GRADER);
    }

    /** The ORA's metadata, its course's and every submission to it, in one answer. */
    Mono<JsonNode> initialize(OraLocation ora, Caller caller) {
        return at(grader.get("/api/ora_staff_grader/initialize"), ora, null)
                .json(caller)
                .onErrorMap(ProblemException.class, problem -> unknownOra(problem, ora));
    }

    /** One submission's response and grade. */
    Mono<JsonNode> submission(OraLocation ora, String submission, Caller caller) {
        return at(grader.get("/api/ora_staff_grader/submission"), ora, submission)
                .json(caller)
                .onErrorMap(ProblemException.class, problem -> unknownOra(problem, ora));
    }

    /** Takes the grading lock on a submission for the caller; a lock another grader holds is a 409. */
    Mono<JsonNode> lock(OraLocation ora, String submission, Caller caller) {
        return at(grader.post("/api/ora_staff_grader/submission/lock"), ora, submission)
                .json(caller)
                .onErrorMap(ProblemException.class, problem -> contested(problem, submission, "no grade was sent"));
    }

    /** Submits a rubric grade; the staff grader accepts it only from the holder of the lock. */
    Mono<JsonNode> grade(OraLocation ora, String submission, JsonNode grade, Caller caller) {
        return at(grader.post("/api/ora_staff_grader/submission/grade"), ora, submission)
                .json(grade)
                .json(caller)
                .onErrorMap(ProblemException.class, problem -> contested(problem, submission, "the grade was refused"));
    }

    /** Releases the caller's grading lock. */
    Mono<JsonNode> unlock(OraLocation ora, String submission, Caller caller) {
        return at(grader.delete("/api/ora_staff_grader/submission/lock"), ora, submission)
                .json(caller);
    }

    /** Every staff grader call names the ORA, and most a submission, in its query string. */
    private static BackendClient.Call at(BackendClient.Call call, OraLocation ora, @Nullable String submission) {
        return call.query("oraLocation", ora.usageKey()).query("submissionUUID", submission);
    }

    private static ProblemException unknownOra(ProblemException problem, OraLocation ora) {
        if (problem.status().value() != HttpStatus.BAD_REQUEST.value()
                || !problem.getMessage().contains("ERR_BAD_ORA_LOCATION")) {
            return problem;
        }
        return new ProblemException(
                ProblemType.NOT_FOUND,
                null,
                "No open response assessment " + ora.usageKey() + " exists in this course.",
                HttpHeaders.EMPTY,
                problem.properties());
    }

    private static ProblemException contested(ProblemException problem, String submission, String outcome) {
        if (problem.status().value() != HttpStatus.CONFLICT.value()
                && !problem.getMessage().contains("ERR_LOCK_CONTESTED")) {
            return problem;
        }
        Map<String, Object> properties = new HashMap<>(problem.properties());
        properties.put("error_code", "ERR_LOCK_CONTESTED");
        return new ProblemException(
                ProblemType.LMS_REJECTED,
                HttpStatus.CONFLICT,
                "Submission " + submission + " is locked by another grader; " + outcome + ".",
                HttpHeaders.EMPTY,
                properties);
    }
}
