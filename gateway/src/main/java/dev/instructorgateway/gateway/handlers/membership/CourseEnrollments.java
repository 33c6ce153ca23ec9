package dev.instructorgateway.gateway.handlers.membership;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of the course's active enrollments, asked of the LMS a page at a time, so that a course of any size
 * costs one page of memory. Each result has {@code username}, {@code email} and {@code full_name}; the instructor
 * v2 API also tells {@code mode} and {@code is_beta_tester}, which the legacy view does not know. An optional
 * {@code search} narrows the list by username, email or name, as both sources do.
 *
 * <p>With {@code LMS_HAS_INSTRUCTOR_V2}: {@code GET /api/instructor/v2/courses/{course_key}/enrollments}.
 * Otherwise the legacy {@code POST .../instructor/api/list_course_enrollments} (form {@code search, page,
 * page_size}), a read the LMS serves on POST, found only in the newest releases; an older LMS answers it 404.
 */
@Component
public class CourseEnrollments {

    private final BackendClient instructorV2;
    private final BackendClient legacy;
    private final boolean lmsHasInstructorV2;

    CourseEnrollments(BackendClients clients, BackendsProperties properties) {
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.legacy = clients.get(Backend.LMS_LEGACY);
        this.lmsHasInstructorV2 = properties.lmsHasInstructorV2();
    }

    /** The page the request asks for, in the pagination contract. */
    public Mono<ObjectNode> page(NativeRequest request) {
        PageRequest page = request.page();
        @Nullable String search = blankToNull(request.query("search"));

        if (lmsHasInstructorV2) {
            return instructorV2
                    .get("/api/instructor/v2/courses/{}/enrollments", request.courseKey())
                    .query("page", page.page())
                    .query("page_size", page.pageSize())
                    .query("search", search)
                    .json(request.caller())
                    .map(answer -> page.answer(count(answer), results(answer.path("results"), true)));
        }

        Map<String, String> form = new LinkedHashMap<>();
        if (search != null) {
            form.put("search", search);
        }
        form.put("page", Integer.toString(page.page()));
        form.put("page_size", Integer.toString(page.pageSize()));
        return legacy.post("/courses/{}/instructor/api/list_course_enrollments", request.courseKey())
                .form(form)
                .readOnly()
                .json(request.caller())
                .map(answer -> page.answer(count(answer), results(answer.path("enrollments"), false)));
    }

    private static long count(JsonNode answer) {
        return answer.path("count").asLong(answer.path("results").size());
    }

    private static List<ObjectNode> results(JsonNode enrollments, boolean fromV2) {
        List<ObjectNode> results = new ArrayList<>();
        for (JsonNode enrollment : enrollments) {
            ObjectNode result = JsonNodeFactory.instance.objectNode();
            result.put("username", enrollment.path("username").asString(""));
            result.put("email", enrollment.path("email").asString(""));
            if (fromV2) {
                result.put("full_name", enrollment.path("full_name").asString(""));
                result.put("mode", enrollment.path("mode").asString(""));
                result.put("is_beta_tester", enrollment.path("is_beta_tester").asBoolean(false));
            } else {
                String first = enrollment.path("first_name").asString("");
                String last = enrollment.path("last_name").asString("");
                result.put("full_name", (first + " " + last).strip());
            }
            results.add(result);
        }
        return results;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
