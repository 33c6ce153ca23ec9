package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Active enrollments by mode, with their total. An LMS with instructor v2 counts them in its course root, which is
 * then the one call. Otherwise the only long-standing source of per-mode counts is the enrollment API's list of
 * a course's enrollments ({@code GET /api/enrollment/v1/enrollments?course_id=}), which the LMS serves to global
 * staff only and pages by cursor, 100 raw rows at a time: the gateway reads it page after page, counting as it
 * goes (inactive rows apart), up to {@code ANALYTICS_MAX_ENROLLMENT_PAGES} pages, and says when it stopped short.
 * A caller the LMS refuses gets its 403 as a problem naming the enrollment service. Every page is required.
 */
@Component
class EnrollmentStatsHandler implements NativeHandler {

    private final BackendClient instructorV2;
    private final BackendClient enrollment;
    private final boolean lmsHasInstructorV2;
    private final int maxPages;

    EnrollmentStatsHandler(BackendClients clients, BackendsProperties backends, AnalyticsProperties analytics) {
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.enrollment = clients.get(Backend.ENROLLMENT);
        this.lmsHasInstructorV2 = backends.lmsHasInstructorV2();
        this.maxPages = analytics.maxEnrollmentPages();
    }

    @Override
    public String id() {
        return "analytics.enrollment-stats.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        Mono<ObjectNode> stats = lmsHasInstructorV2 ? fromCourseRoot(request) : counted(request);
        return stats.flatMap(answer -> ServerResponse.ok().bodyValue(answer));
    }

    private Mono<ObjectNode> fromCourseRoot(NativeRequest request) {
        return CourseRoot.read(instructorV2, request)
                .map(root -> AnalyticsAnswer.copy(
                        root, AnalyticsAnswer.about(request, Backend.INSTRUCTOR_V2.slug()), "enrollment_counts"));
    }

    private Mono<ObjectNode> counted(NativeRequest request) {
        return PageWalk.fold(
                        next -> PageWalk.after(
                                        next,
                                        enrollment
                                                .get("/api/enrollment/v1/enrollments")
                                                .query("course_id", request.courseKey())
                                                .query("page_size", PageWalk.LMS_PAGE_SIZE))
                                .json(request.caller()),
                        maxPages,
                        new ModeCounts(),
                        ModeCounts::add)
                .map(walked -> {
                    ObjectNode answer = AnalyticsAnswer.about(request, Backend.ENROLLMENT.slug());
                    walked.totals().writeTo(answer);
                    Coverage.writeTo(answer, walked, "ANALYTICS_MAX_ENROLLMENT_PAGES", "enrollments");
                    return answer;
                });
    }

    /** Active enrollments by mode and the inactive ones, as the rows go by. */
    static final class ModeCounts {

        private final Map<String, Long> active = new TreeMap<>();
        private long total;
        private long inactive;

        void add(JsonNode row) {
            if (!row.path("is_active").asBoolean(false)) {
                inactive++;
                return;
            }
            active.merge(row.path("mode").asString("audit"), 1L, Long::sum);
            total++;
        }

        void writeTo(ObjectNode answer) {
            ObjectNode counts = answer.putObject("enrollment_counts");
            active.forEach(counts::put);
            counts.put("total", total);
            answer.put("inactive_enrollments", inactive);
        }
    }
}
