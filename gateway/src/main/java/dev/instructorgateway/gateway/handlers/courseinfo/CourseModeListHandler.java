package dev.instructorgateway.gateway.handlers.courseinfo;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Lists the course's modes (slug, name, price, currency, expiry, SKU) from the enrollment API's course view, in
 * the pagination contract. The list is short and given whole, so the gateway cuts the page. The course modes API
 * would give the same data only to global staff, so it is not used. Modes are keyed by slug.
 */
@Component
class CourseModeListHandler implements NativeHandler {

    private final EnrollmentCourse course;

    CourseModeListHandler(EnrollmentCourse course) {
        this.course = course;
    }

    @Override
    public String id() {
        return "course-info.modes.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();

        return course.get(request).flatMap(details -> {
            List<JsonNode> modes = new ArrayList<>();
            details.path("course_modes").forEach(modes::add);
            return ServerResponse.ok().bodyValue(page.slice(modes));
        });
    }
}
