package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * One special exam of the course, from the instructor API v2 or, without it, proctoring's exam by id (checked to
 * belong to the course in the path: proctoring's ids span every course).
 */
@Component
class ExamGetHandler implements NativeHandler {

    private final ProctoredExams exams;

    ExamGetHandler(ProctoredExams exams) {
        this.exams = exams;
    }

    @Override
    public String id() {
        return "special-exams.exams.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long examId = ExamId.of(request);

        return exams.find(request, examId).flatMap(exam -> ServerResponse.ok().bodyValue(exam));
    }
}
