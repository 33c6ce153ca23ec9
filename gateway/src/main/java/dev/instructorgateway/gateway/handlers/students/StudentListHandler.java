package dev.instructorgateway.gateway.handlers.students;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.membership.CourseEnrollments;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Lists the course's learners a page at a time, optionally searched: the active enrollments as
 * {@link CourseEnrollments} reads them, paged by the LMS. The legacy {@code get_students_features} view would add
 * profile fields, but it needs research rights (global staff or data researcher) that course staff lack, and it
 * answers the whole course at once, so it is not used.
 */
@Component
class StudentListHandler implements NativeHandler {

    private final CourseEnrollments enrollments;

    StudentListHandler(CourseEnrollments enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public String id() {
        return "student-admin.students.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return enrollments.page(request).flatMap(page -> ServerResponse.ok().bodyValue(page));
    }
}
