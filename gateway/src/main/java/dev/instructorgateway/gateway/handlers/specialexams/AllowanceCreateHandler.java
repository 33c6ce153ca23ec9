package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendAnswer;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import dev.instructorgateway.legacy.LmsErrors;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Grants learners an allowance on a special exam: extra minutes, a time multiplier or a review policy exception.
 * The answer is v2's per-learner result ({@code exam_id, allowance_type, value, results: [{identifier, success,
 * error?}]}): 200 when every learner got it, 207 when only some did, a 400 problem carrying the same
 * {@code results} when none did.
 *
 * <p>With the instructor API v2 this is its allowance call. Without it, the exam is first checked to belong to the
 * course (required), then proctoring's bulk allowance is sent once ({@code exam_ids} and {@code user_ids} as
 * comma-separated text). Proctoring answers 200 when all succeeded, 400 when none did, and 207 when some did, but
 * its 207 lists every learner without saying who failed; so after a 207 the course's allowances are read back to
 * tell. That read-back is optional: when it fails, the learners' outcome is left unknown ({@code success: null})
 * with a warning.
 */
@Component
class AllowanceCreateHandler implements NativeHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProctoredExams exams;
    private final BackendClient proctoring;
    private final BackendClient instructorV2;

    AllowanceCreateHandler(ProctoredExams exams, BackendClients clients) {
        this.exams = exams;
        this.proctoring = clients.get(Backend.PROCTORING);
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
    }

    @Override
    public String id() {
        return "special-exams.allowance.create";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long examId = ExamId.of(request);

        return request.body().map(Allowance::from).flatMap(allowance -> {
            Mono<Outcome> outcome = exams.fromV2()
                    ? fromV2(request, examId, allowance)
                    : exams.find(request, examId).then(Mono.defer(() -> fromProctoring(request, examId, allowance)));
            return outcome.flatMap(done -> respond(examId, allowance, done));
        });
    }

    private Mono<Outcome> fromV2(NativeRequest request, long examId, Allowance allowance) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        allowance.learners().forEach(body.putArray("user_ids")::add);
        body.put("allowance_type", allowance.type());
        body.put("value", allowance.value());

        return instructorV2
                .post(ProctoredExams.V2_COURSE + "/special_exams/{}/allowance", request.courseKey(), examId)
                .json(body)
                .json(request.caller())
                .onErrorMap(Answered.notFound(), error -> ProctoredExams.noSuchExam(request.courseKey(), examId))
                .map(answer -> {
                    List<JsonNode> results = new ArrayList<>();
                    answer.path("results").forEach(results::add);
                    return new Outcome(results, null);
                });
    }

    private Mono<Outcome> fromProctoring(NativeRequest request, long examId, Allowance allowance) {
        Map<String, String> body = Map.of(
                "exam_ids", Long.toString(examId),
                "user_ids", String.join(",", allowance.learners()),
                "allowance_type", allowance.type(),
                "value", allowance.value());

        return proctoring
                .put(ProctoredExams.PROCTORING + "/{}/bulk_allowance", request.courseKey())
                .json(body)
                .answer(request.caller())
                .flatMap(answer -> {
                    int status = answer.status().value();
                    if (status == HttpStatus.MULTI_STATUS.value()) {
                        return Part.optional(granted(request, examId, allowance), "which learners got the allowance")
                                .map(part -> part.present()
                                        ? new Outcome(part.value(), null)
                                        : Outcome.all(allowance, null, part.warning()));
                    }
                    if (answer.ok()) {
                        return Mono.just(Outcome.all(allowance, true, null));
                    }
                    if (status == 400 && answer.body().path("field").asString().equals("user_info")) {
                        return Mono.just(Outcome.all(allowance, false, null));
                    }
                    return Mono.error(rejected(answer));
                });
    }

    /** Each learner's result, read back from the course's allowances after proctoring's 207. */
    private Mono<List<JsonNode>> granted(NativeRequest request, long examId, Allowance allowance) {
        return proctoring
                .get(ProctoredExams.PROCTORING + "/{}/allowance", request.courseKey())
                .json(request.caller())
                .map(allowances -> {
                    List<JsonNode> results = new ArrayList<>();
                    for (String learner : allowance.learners()) {
                        boolean found = false;
                        for (JsonNode kept : allowances) {
                            found |= grants(kept, learner, examId, allowance);
                        }
                        results.add(result(learner, found));
                    }
                    return results;
                });
    }

    /** Whether a kept allowance is the one asked for this learner (named by username or email). */
    private static boolean grants(JsonNode kept, String learner, long examId, Allowance allowance) {
        JsonNode user = kept.path("user");
        boolean sameLearner = learner.equals(user.path("username").asString())
                || learner.equalsIgnoreCase(user.path("email").asString());
        return sameLearner
                && kept.path("proctored_exam").path("id").asLong() == examId
                && kept.path("key").asString().equals(allowance.storedKey());
    }

    private static Mono<ServerResponse> respond(long examId, Allowance allowance, Outcome outcome) {
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("exam_id", examId);
        answer.put("allowance_type", allowance.type());
        answer.put("value", allowance.value());
        answer.putArray("results").addAll(outcome.results());
        if (outcome.warning() != null) {
            answer.putArray("warnings").add(outcome.warning());
        }

        long succeeded = outcome.results().stream()
                .filter(result -> result.path("success").asBoolean(false))
                .count();
        boolean unknown = outcome.results().stream()
                .anyMatch(result -> result.path("success").isNull());
        if (succeeded == outcome.results().size()) {
            return ServerResponse.ok().bodyValue(answer);
        }
        if (succeeded == 0 && !unknown) {
            return Mono.error(new ProblemException(
                    ProblemType.LMS_REJECTED,
                    HttpStatus.BAD_REQUEST,
                    "None of the learners could be given the allowance (no such username or email).",
                    HttpHeaders.EMPTY,
                    Map.of("results", JSON.convertValue(answer.path("results"), List.class))));
        }
        return ServerResponse.status(HttpStatus.MULTI_STATUS).bodyValue(answer);
    }

    private static ObjectNode result(String learner, @Nullable Boolean success) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("identifier", learner);
        if (success == null) {
            result.putNull("success");
        } else {
            result.put("success", success);
        }
        if (Boolean.FALSE.equals(success)) {
            result.put("error", "Proctoring did not accept this learner (no such username or email).");
        }
        return result;
    }

    private static ProblemException rejected(BackendAnswer answer) {
        ProblemException lms = LmsErrors.problem(
                answer.status(),
                null,
                answer.headers().getContentType(),
                answer.body().isMissingNode() ? new byte[0] : JSON.writeValueAsBytes(answer.body()),
                Map.of(),
                JSON);
        Map<String, Object> properties = new HashMap<>(lms.properties());
        properties.put("backend", Backend.PROCTORING.slug());
        return new ProblemException(lms.type(), lms.status(), lms.getMessage(), HttpHeaders.EMPTY, properties);
    }

    /** Each learner's result, and why it is not known when it is not. */
    private record Outcome(List<JsonNode> results, @Nullable String warning) {

        static Outcome all(Allowance allowance, @Nullable Boolean success, @Nullable String warning) {
            List<JsonNode> results = new ArrayList<>();
            allowance.learners().forEach(learner -> results.add(result(learner, success)));
            return new Outcome(results, warning);
        }
    }
}
