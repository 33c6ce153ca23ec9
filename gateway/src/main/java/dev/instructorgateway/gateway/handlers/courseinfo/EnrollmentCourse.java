package dev.instructorgateway.gateway.handlers.courseinfo;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The enrollment API's view of a course ({@code GET /api/enrollment/v1/course/{course_key}}): its modes with
 * their prices and whether it is invitation only. Course staff may read it, unlike the course modes API, which
 * needs global staff. Expired modes are asked for too, since instructors manage them. Kept per course in
 * {@link ReadCache#COURSE_MODES}.
 */
@Component
class EnrollmentCourse {

    private final BackendClient enrollment;
    private final ReadCaches caches;

    EnrollmentCourse(BackendClients clients, ReadCaches caches) {
        this.enrollment = clients.get(Backend.ENROLLMENT);
        this.caches = caches;
    }

    Mono<JsonNode> get(NativeRequest request) {
        return caches.get(
                ReadCache.COURSE_MODES,
                request.courseKey(),
                null,
                () -> enrollment
                        .get("/api/enrollment/v1/course/{}", request.courseKey())
                        .query("include_expired", 1)
                        .json(request.caller()));
    }
}
