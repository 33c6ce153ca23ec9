package dev.instructorgateway.gateway.access;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.gateway.observability.RequestLog;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Asks the LMS's enrollment roles API ({@code GET /api/enrollment/v1/roles/?course_id=}) which roles the caller
 * holds, with the caller's own token, and refuses with 403 before any other service is called when none of them
 * is enough. Answers are kept per caller and course for at most a minute.
 */
public final class CourseRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(CourseRoleCheck.class);

    private final BackendClient enrollment;
    private final AsyncCache<String, Roles> cache;

    public CourseRoleCheck(BackendClients clients, AccessProperties properties, MeterRegistry meters) {
        this.enrollment = clients.get(Backend.ENROLLMENT);
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.roleCacheTtl())
                .maximumSize(properties.roleCacheSize())
                .recordStats()
                .buildAsync();
        CaffeineCacheMetrics.monitor(meters, cache, "course-roles", List.of());
    }

    /** Completes empty when the caller holds a role that grants {@code access} in the course; else a 403. */
    public Mono<Void> require(Caller caller, String courseKey, CourseAccess access, String routeId) {
        return roles(caller, courseKey).flatMap(roles -> {
            if (roles.globalStaff() || roles.courseRoles().stream().anyMatch(access::grantedBy)) {
                return Mono.empty();
            }
            return RequestLog.debug(
                            log,
                            "[{}] {} holds {} in {}; {} needed",
                            routeId,
                            caller,
                            roles.courseRoles(),
                            courseKey,
                            access)
                    .then(Mono.error(new ProblemException(
                            ProblemType.COURSE_ROLE_REQUIRED,
                            "This endpoint is for " + access.describe() + " of " + courseKey + "; " + caller.username()
                                    + " holds no such role.")));
        });
    }

    private Mono<Roles> roles(Caller caller, String courseKey) {
        String key = caller.username() + '\n' + courseKey;
        return Mono.fromFuture(
                cache.get(key, (ignored, executor) -> ask(caller, courseKey).toFuture()));
    }

    private Mono<Roles> ask(Caller caller, String courseKey) {
        String org = org(courseKey);
        return enrollment
                .get("/api/enrollment/v1/roles/")
                .query("course_id", courseKey)
                .json(caller)
                .map(answer -> {
                    Set<String> held = new HashSet<>();
                    for (JsonNode role : answer.path("roles")) {
                        String course = role.path("course_id").asString("");
                        boolean here = course.equals(courseKey)
                                || (course.isEmpty()
                                        && role.path("org").asString("").equalsIgnoreCase(org));
                        if (here) {
                            held.add(role.path("role").asString(""));
                        }
                    }
                    return new Roles(answer.path("is_staff").asBoolean(false), Set.copyOf(held));
                });
    }

    /** The organization of a course key in either form; roles held org-wide count for its courses. */
    private static String org(String courseKey) {
        int colon = courseKey.indexOf(':');
        String rest = colon >= 0 ? courseKey.substring(colon + 1) : courseKey;
        int end = rest.indexOf('+') >= 0 ? rest.indexOf('+') : rest.indexOf('/');
        return end >= 0 ? rest.substring(0, end) : rest;
    }

    private record Roles(boolean globalStaff, Set<String> courseRoles) {}
}
