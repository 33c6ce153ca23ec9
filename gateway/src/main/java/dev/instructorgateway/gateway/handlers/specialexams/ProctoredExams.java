package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course's special exams, from the instructor API v2 when the LMS has it, otherwise from edx-proctoring. Both
 * answer in one shape: proctoring's exam with the v2 {@code exam_type} added. Proctoring finds an exam by id in any
 * course, so an exam of another course is answered here as not found, as v2 does.
 */
@Component
class ProctoredExams {

    static final String V2_COURSE = "/api/instructor/v2/courses/{}";
    static final String PROCTORING = "/api/edx_proctoring/v1/proctored_exam";

    private final BackendClient proctoring;
    private final BackendClient instructorV2;
    private final boolean v2;

    ProctoredExams(BackendClients clients, BackendsProperties backends) {
        this.proctoring = clients.get(Backend.PROCTORING);
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.v2 = backends.lmsHasInstructorV2();
    }

    /** Whether the LMS serves {@code /api/instructor/v2}, which the exam handlers then prefer. */
    boolean fromV2() {
        return v2;
    }

    /** Every exam of the course, or those of one type; proctoring gives the list whole. */
    Mono<List<ObjectNode>> list(NativeRequest request, @Nullable ExamType type) {
        Mono<JsonNode> exams = v2
                ? instructorV2
                        .get(V2_COURSE + "/special_exams", request.courseKey())
                        .query("exam_type", type == null ? null : type.slug())
                        .json(request.caller())
                : proctoring
                        .get(PROCTORING + "/exam/course_id/{}", request.courseKey())
                        .json(request.caller());

        return exams.map(array -> {
            List<ObjectNode> listed = new ArrayList<>();
            for (JsonNode exam : array) {
                ObjectNode typed = typed(exam);
                if (type == null || type.slug().equals(typed.path("exam_type").asString())) {
                    listed.add(typed);
                }
            }
            return listed;
        });
    }

    /** One exam of the course; a 404 when it does not exist or belongs to another course. */
    Mono<ObjectNode> find(NativeRequest request, long examId) {
        String courseKey = request.courseKey();
        if (v2) {
            return instructorV2
                    .get(V2_COURSE + "/special_exams/{}", courseKey, examId)
                    .json(request.caller())
                    .onErrorMap(Answered.notFound(), error -> noSuchExam(courseKey, examId))
                    .map(ProctoredExams::typed);
        }

        return proctoring
                .get(PROCTORING + "/exam/exam_id/{}", examId)
                .json(request.caller())
                // proctoring answers an unknown exam id with 404, older releases with 400
                .onErrorMap(Answered.withStatus(404, 400), error -> noSuchExam(courseKey, examId))
                .flatMap(exam -> courseKey.equals(exam.path("course_id").asString())
                        ? Mono.just(typed(exam))
                        : Mono.error(noSuchExam(courseKey, examId)));
    }

    static ProblemException noSuchExam(String courseKey, long examId) {
        return new ProblemException(
                ProblemType.NOT_FOUND, "The course " + courseKey + " has no special exam " + examId + ".");
    }

    private static ObjectNode typed(JsonNode exam) {
        ObjectNode typed = exam.isObject() ? (ObjectNode) exam : JsonNodeFactory.instance.objectNode();
        if (!typed.path("exam_type").isString()) {
            typed.put("exam_type", ExamType.of(exam).slug());
        }
        return typed;
    }
}
