package dev.instructorgateway.gateway.handlers.membership;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Lists the course's enrollments a page at a time, optionally searched, as {@link CourseEnrollments} reads them
 * from the LMS (instructor v2 enrollments, or the legacy {@code list_course_enrollments} view). One call, which
 * is required. Course staff may read enrollments (the LMS's {@code view_enrollments} permission).
 */
@Component
class EnrollmentListHandler implements NativeHandler {

    private final CourseEnrollments enrollments;

    EnrollmentListHandler(CourseEnrollments enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public String id() {
        return "membership.enrollment.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return enrollments.page(request).flatMap(page -> ServerResponse.ok().bodyValue(page));
    }
}
