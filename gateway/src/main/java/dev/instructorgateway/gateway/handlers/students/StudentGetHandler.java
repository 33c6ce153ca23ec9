package dev.instructorgateway.gateway.handlers.students;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendAnswer;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One learner as the course sees them: {@code username, email, full_name, is_enrolled}, with {@code mode} where
 * the source knows the enrollment's mode and {@code progress_url} where it knows the progress page. A user who
 * exists but is not (or no longer) enrolled is answered with {@code is_enrolled: false}; an unknown user is a
 * 404.
 *
 * <p>With {@code LMS_HAS_INSTRUCTOR_V2}: {@code GET /api/instructor/v2/courses/{course_key}/learners/{username}},
 * one required call (v2 answers 400 or 404 for an unknown learner). Otherwise, in parallel, the accounts API
 * ({@code GET /api/user/v1/accounts/{username}}, required: it decides whether the user exists) and the enrollment
 * API ({@code GET /api/enrollment/v1/enrollment/{username},{course_key}}, optional: when it fails, the enrollment
 * members are left out with a warning). The accounts API shows a caller who is not global staff only what the
 * learner shares, so {@code email} and {@code full_name} may then be null.
 */
@Component
class StudentGetHandler implements NativeHandler {

    /** Open edX usernames are letters, digits and {@code _ . - +}; v2 also takes an email, hence {@code @}. */
    private static final Pattern USERNAME = Pattern.compile("[\\w.@+-]{1,254}", Pattern.UNICODE_CHARACTER_CLASS);

    private final BackendClient instructorV2;
    private final BackendClient accounts;
    private final BackendClient enrollment;
    private final boolean lmsHasInstructorV2;

    StudentGetHandler(BackendClients clients, BackendsProperties properties) {
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.accounts = clients.get(Backend.ACCOUNTS);
        this.enrollment = clients.get(Backend.ENROLLMENT);
        this.lmsHasInstructorV2 = properties.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "student-admin.students.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        String username = request.path("username");
        if (!USERNAME.matcher(username).matches()) {
            return Mono.error(new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    "username: " + username
                            + " (expected: an Open edX username or email, of letters, digits and _ . - + @)"));
        }

        Mono<ObjectNode> learner = lmsHasInstructorV2 ? fromV2(request, username) : fromAccounts(request, username);
        return learner.flatMap(body -> ServerResponse.ok().bodyValue(body));
    }

    private Mono<ObjectNode> fromV2(NativeRequest request, String username) {
        return instructorV2
                .get("/api/instructor/v2/courses/{}/learners/{}", request.courseKey(), username)
                .answer(request.caller())
                .map(answer -> {
                    JsonNode found = found(answer, username, Backend.INSTRUCTOR_V2);
                    ObjectNode learner = JsonNodeFactory.instance.objectNode();
                    learner.put("username", found.path("username").asString(username));
                    learner.set("email", orNull(found.path("email")));
                    learner.set("full_name", orNull(found.path("full_name")));
                    learner.put("is_enrolled", found.path("is_enrolled").asBoolean(false));
                    learner.set("progress_url", orNull(found.path("progress_url")));
                    return learner;
                });
    }

    private Mono<ObjectNode> fromAccounts(NativeRequest request, String username) {
        Mono<JsonNode> account = accounts.get("/api/user/v1/accounts/{}", username)
                .answer(request.caller())
                .map(answer -> found(answer, username, Backend.ACCOUNTS));
        Mono<Part<JsonNode>> enrolled = Part.optional(
                enrollment
                        .get("/api/enrollment/v1/enrollment/{},{}", username, request.courseKey())
                        .json(request.caller()),
                "is_enrolled");

        return Mono.zip(account, enrolled).map(parts -> {
            JsonNode found = parts.getT1();
            ObjectNode learner = JsonNodeFactory.instance.objectNode();
            learner.put("username", found.path("username").asString(username));
            learner.set("email", orNull(found.path("email")));
            learner.set("full_name", orNull(found.path("name")));

            Part<JsonNode> enrollmentPart = parts.getT2();
            if (enrollmentPart.present()) {
                JsonNode record = enrollmentPart.value();
                boolean active = record.path("is_active").asBoolean(false);
                learner.put("is_enrolled", active);
                learner.set("mode", active ? orNull(record.path("mode")) : learner.nullNode());
            }
            return Part.warn(learner, enrollmentPart);
        });
    }

    /** The body of a 2xx; a 404 (or v2's 400 for a learner it cannot find) becomes the gateway's own 404. */
    private static JsonNode found(BackendAnswer answer, String username, Backend backend) {
        if (answer.ok()) {
            return answer.body();
        }
        int status = answer.status().value();
        if (status == 404 || (status == 400 && backend == Backend.INSTRUCTOR_V2)) {
            throw new ProblemException(
                    ProblemType.LMS_REJECTED,
                    HttpStatus.NOT_FOUND,
                    "username: " + username + " (expected: an existing Open edX user)",
                    HttpHeaders.EMPTY,
                    Map.of("backend", backend.slug()));
        }
        throw new ProblemException(
                ProblemType.LMS_REJECTED,
                answer.status(),
                "The " + backend.slug() + " service refused to show " + username + " (" + status + ").",
                HttpHeaders.EMPTY,
                Map.of("backend", backend.slug()));
    }

    private static JsonNode orNull(JsonNode value) {
        return value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value;
    }
}
