package dev.instructorgateway.legacy;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.JsonNode;

/**
 * Turns a legacy view's successful answer into the unified contract. The catalogue names an adapter per entry
 * ({@code response: role-members}); every adapter starts from the normalized answer (snake_case members, a bare
 * string as {@code {"message": ...}}).
 */
interface ResponseAdapter {

    /**
     * @param body the normalized answer, or null when the LMS sent none (a 204)
     * @throws dev.instructorgateway.problem.ProblemException when the answer means the thing asked for is not there
     */
    Answer adapt(HttpStatusCode status, @Nullable JsonNode body, Context context);

    /** What the client receives: a status and a JSON body, or no body. */
    record Answer(HttpStatusCode status, @Nullable JsonNode body) {}

    /**
     * What the adapters may read about the request.
     *
     * @param pathVariables the unified path's decoded variables
     * @param fields the fields sent to the legacy view
     * @param unifiedCoursePath {@code /api/instructor/v1/courses/<course key as a path segment>}
     */
    record Context(Map<String, String> pathVariables, Map<String, List<String>> fields, String unifiedCoursePath) {}
}
