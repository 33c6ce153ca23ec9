package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Lists the course's special exams, optionally of one {@code exam_type}, a page at a time. Both sources (the
 * instructor API v2 and, without it, proctoring's exams of a course) give the list whole, so the page is cut here.
 * The one call is required.
 */
@Component
class ExamListHandler implements NativeHandler {

    private final ProctoredExams exams;

    ExamListHandler(ProctoredExams exams) {
        this.exams = exams;
    }

    @Override
    public String id() {
        return "special-exams.exams.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        @Nullable ExamType type = ExamType.parse(request.query("exam_type"));
        PageRequest page = request.page();

        return exams.list(request, type).flatMap(listed -> ServerResponse.ok().bodyValue(page.slice(listed)));
    }
}
