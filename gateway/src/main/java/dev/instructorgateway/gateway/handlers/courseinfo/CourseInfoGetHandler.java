package dev.instructorgateway.gateway.handlers.courseinfo;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course's identity, schedule and pacing, with its enrollment modes, in one shape whatever the LMS serves:
 * {@code course_id, display_name, org, number, run, start, end, enrollment_start, enrollment_end, pacing,
 * has_started, has_ended}, then {@code invitation_only} and {@code modes}.
 *
 * <p>With {@code LMS_HAS_INSTRUCTOR_V2} the instructor v2 course root gives the first part in one call;
 * otherwise the course detail API ({@code GET /api/courses/v1/courses/{course_key}}) does. That part is
 * required and kept per course in {@link ReadCache#COURSE_METADATA}; what v2 says about the caller (permissions,
 * tabs) is left out so the kept answer suits every caller. The modes come in parallel from the enrollment API's
 * course view and are an optional enrichment: when it fails the answer carries a warning instead.
 * {@code has_started} and {@code has_ended} are worked out from the dates when answering, so a kept answer does
 * not go stale on them.
 */
@Component
class CourseInfoGetHandler implements NativeHandler {

    private final BackendClient courses;
    private final BackendClient instructorV2;
    private final EnrollmentCourse enrollmentCourse;
    private final ReadCaches caches;
    private final boolean lmsHasInstructorV2;

    CourseInfoGetHandler(
            BackendClients clients,
            EnrollmentCourse enrollmentCourse,
            ReadCaches caches,
            BackendsProperties properties) {
        this.courses = clients.get(Backend.COURSE_BLOCKS);
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.enrollmentCourse = enrollmentCourse;
        this.caches = caches;
        this.lmsHasInstructorV2 = properties.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "course-info.info.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        Mono<ObjectNode> course = caches.get(ReadCache.COURSE_METADATA, request.courseKey(), null, () -> load(request));
        Mono<Part<JsonNode>> modes = Part.optional(enrollmentCourse.get(request), "modes");

        return Mono.zip(course, modes).flatMap(parts -> {
            ObjectNode answer = parts.getT1().deepCopy();
            Instant now = Instant.now();
            answer.put("has_started", passed(answer.path("start"), now));
            answer.put("has_ended", passed(answer.path("end"), now));

            Part<JsonNode> enrollment = parts.getT2();
            if (enrollment.present()) {
                JsonNode details = enrollment.value();
                answer.put("invitation_only", details.path("invite_only").asBoolean(false));
                answer.set("modes", details.path("course_modes"));
            }
            return ServerResponse.ok().bodyValue(Part.warn(answer, enrollment));
        });
    }

    private Mono<ObjectNode> load(NativeRequest request) {
        if (lmsHasInstructorV2) {
            return instructorV2
                    .get("/api/instructor/v2/courses/{}", request.courseKey())
                    .json(request.caller())
                    .map(root -> unified(
                            request.courseKey(),
                            root,
                            root.path("display_name"),
                            root.path("course_number"),
                            root.path("course_run")));
        }
        return courses.get("/api/courses/v1/courses/{}", request.courseKey())
                .json(request.caller())
                .map(detail -> unified(
                        request.courseKey(),
                        detail,
                        detail.path("name"),
                        detail.path("number"),
                        JsonNodeFactory.instance.stringNode(run(request.courseKey()))));
    }

    private static ObjectNode unified(
            String courseKey, JsonNode source, JsonNode displayName, JsonNode number, JsonNode run) {
        ObjectNode info = JsonNodeFactory.instance.objectNode();
        info.put("course_id", courseKey);
        copy(info, "display_name", displayName);
        copy(info, "org", source.path("org"));
        copy(info, "number", number);
        copy(info, "run", run);
        for (String date : new String[] {"start", "end", "enrollment_start", "enrollment_end"}) {
            copy(info, date, source.path(date));
        }
        copy(info, "pacing", source.path("pacing"));
        return info;
    }

    private static void copy(ObjectNode target, String name, JsonNode value) {
        if (value.isMissingNode()) {
            target.putNull(name);
        } else {
            target.set(name, value);
        }
    }

    /** The run of a course key in either form: the part after the last {@code +} or {@code /}. */
    private static String run(String courseKey) {
        return courseKey.substring(Math.max(courseKey.lastIndexOf('+'), courseKey.lastIndexOf('/')) + 1);
    }

    private static boolean passed(JsonNode date, Instant now) {
        @Nullable Instant instant = instant(date);
        return instant != null && !instant.isAfter(now);
    }

    private static @Nullable Instant instant(JsonNode date) {
        if (!date.isString()) {
            return null;
        }
        try {
            return Instant.parse(date.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
