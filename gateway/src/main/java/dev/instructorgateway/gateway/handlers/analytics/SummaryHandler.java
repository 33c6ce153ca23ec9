package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course at a glance: how many learners are enrolled (in all and by mode), how many sections it has and its
 * grade cutoffs. An LMS with instructor v2 gives all of it in its course root, which is then the one, required,
 * call. Otherwise four long-standing APIs are asked in parallel:
 *
 * <ul>
 *   <li>the course blocks API for the sections ({@code block_types_filter=chapter}, {@code all_blocks}, which
 *       course staff may read), kept in the course-sections cache: required, since a summary without the course's
 *       shape says nothing;
 *   <li>the enrollment API's course detail for the modes it offers (expired ones too): optional;
 *   <li>the gradebook's first page of one learner for {@code total_users_count}, the LMS's count of active
 *       enrollments: optional, since the LMS serves it only where the writable gradebook is on. (The grades list
 *       would not do: it is cursor-paged and has no count.)
 *   <li>the gradebook's grading information for the cutoffs: optional.
 * </ul>
 *
 * Counts by mode come only from instructor v2; {@code analytics/enrollment_stats} counts them otherwise.
 */
@Component
class SummaryHandler implements NativeHandler {

    private final BackendClient instructorV2;
    private final BackendClient courseBlocks;
    private final BackendClient enrollment;
    private final BackendClient grades;
    private final ReadCaches caches;
    private final boolean lmsHasInstructorV2;

    SummaryHandler(BackendClients clients, BackendsProperties backends, ReadCaches caches) {
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.courseBlocks = clients.get(Backend.COURSE_BLOCKS);
        this.enrollment = clients.get(Backend.ENROLLMENT);
        this.grades = clients.get(Backend.GRADES);
        this.caches = caches;
        this.lmsHasInstructorV2 = backends.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "analytics.summary.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        Mono<ObjectNode> summary = lmsHasInstructorV2 ? fromCourseRoot(request) : composed(request);
        return summary.flatMap(answer -> ServerResponse.ok().bodyValue(answer));
    }

    private Mono<ObjectNode> fromCourseRoot(NativeRequest request) {
        return CourseRoot.read(instructorV2, request).map(root -> {
            ObjectNode answer = AnalyticsAnswer.copy(
                    root,
                    AnalyticsAnswer.about(request, Backend.INSTRUCTOR_V2.slug()),
                    "total_enrollment",
                    "enrollment_counts",
                    "num_sections");
            answer.set("enrollment_modes", modes(root.path("enrollment_counts")));
            answer.set("grade_cutoffs", CourseRoot.gradeCutoffs(root));
            return answer;
        });
    }

    private Mono<ObjectNode> composed(NativeRequest request) {
        String courseKey = request.courseKey();

        Mono<Integer> sections = caches.get(
                ReadCache.COURSE_SECTIONS,
                courseKey,
                null,
                () -> courseBlocks
                        .get("/api/courses/v1/blocks/")
                        .query("course_id", courseKey)
                        .query("all_blocks", true)
                        .query("depth", "all")
                        .query("block_types_filter", "chapter")
                        .json(request.caller())
                        .map(SummaryHandler::countSections));
        Mono<Part<JsonNode>> modes = Part.optional(
                enrollment
                        .get("/api/enrollment/v1/course/{}", courseKey)
                        .query("include_expired", true)
                        .json(request.caller())
                        .map(course -> slugs(course.path("course_modes"))),
                "enrollment_modes");
        Mono<Part<JsonNode>> total = Part.optional(
                grades.get("/api/grades/v1/gradebook/{}/", courseKey)
                        .query("page_size", 1)
                        .json(request.caller())
                        .flatMap(page -> member(page, "total_users_count", "gradebook")),
                "total_enrollment");
        Mono<Part<JsonNode>> cutoffs = Part.optional(
                grades.get("/api/grades/v1/gradebook/{}/grading-info", courseKey)
                        .query("graded_only", true)
                        .json(request.caller())
                        .flatMap(info -> member(info, "grade_cutoffs", "gradebook grading-info")),
                "grade_cutoffs");

        return Mono.zip(sections, modes, total, cutoffs).map(parts -> {
            ObjectNode answer = AnalyticsAnswer.about(request, "composed");
            putPresent(answer, "total_enrollment", parts.getT3());
            putPresent(answer, "enrollment_modes", parts.getT2());
            answer.put("num_sections", parts.getT1());
            putPresent(answer, "grade_cutoffs", parts.getT4());
            return Part.warn(answer, parts.getT2(), parts.getT3(), parts.getT4());
        });
    }

    private static void putPresent(ObjectNode answer, String name, Part<JsonNode> part) {
        if (part.present()) {
            answer.set(name, part.value());
        }
    }

    private static int countSections(JsonNode blocks) {
        int sections = 0;
        for (JsonNode block : blocks.path("blocks")) {
            if ("chapter".equals(block.path("type").asString(""))) {
                sections++;
            }
        }
        return sections;
    }

    private static JsonNode slugs(JsonNode courseModes) {
        List<String> slugs = new ArrayList<>();
        courseModes.forEach(mode -> slugs.add(mode.path("slug").asString("")));
        return JsonNodeFactory.instance
                .arrayNode()
                .addAll(slugs.stream()
                        .filter(slug -> !slug.isEmpty())
                        .map(JsonNodeFactory.instance::stringNode)
                        .toList());
    }

    private static JsonNode modes(JsonNode enrollmentCounts) {
        return JsonNodeFactory.instance
                .arrayNode()
                .addAll(enrollmentCounts.propertyNames().stream()
                        .filter(name -> !"total".equals(name))
                        .map(JsonNodeFactory.instance::stringNode)
                        .toList());
    }

    private static Mono<JsonNode> member(JsonNode answer, String name, String what) {
        JsonNode value = answer.path(name);
        return value.isMissingNode() || value.isNull()
                ? Mono.error(new ProblemException(
                        ProblemType.BACKEND_UNAVAILABLE, "the " + what + " answer has no " + name + "."))
                : Mono.just(value);
    }
}
