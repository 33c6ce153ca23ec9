package dev.instructorgateway.gateway.handlers.membership;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.access.CourseAccess;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import dev.instructorgateway.gateway.handlers.Part;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lists the course team: one result per person, ordered by username, with {@code username, email, first_name,
 * last_name} and the {@code roles} they hold ({@code role}, {@code display_name}), course and discussion roles
 * alike, plus {@code available_roles}, the roles a course team member may hold. An optional {@code role} query
 * keeps the people holding that role (an LMS role name, such as {@code staff} or {@code Community TA}).
 *
 * <p>With {@code LMS_HAS_INSTRUCTOR_V2}: {@code GET .../team}, paged by the LMS, required, and
 * {@code GET .../team/roles} in parallel for {@code available_roles}, optional (a warning when it fails).
 * Otherwise the legacy views are asked once per role, all in parallel, as reads on POST: {@code
 * list_course_role_members} for each course role (required), and {@code list_forum_members} for each discussion
 * role (optional, a warning when any fails, unless the client asked for that role). The legacy answers are merged
 * by username and the gateway cuts the page; course teams are small, but each role is still read a hundred at a
 * time where the LMS pages it.
 *
 * <p>Needs the course instructor role: the legacy view requires it ({@code instructor.edit_course_access}), and
 * the gateway asks no less on an LMS with v2.
 */
@Component
class RoleListHandler implements NativeHandler {

    private static final int LEGACY_PAGE_SIZE = 100;

    private final BackendClient instructorV2;
    private final BackendClient legacy;
    private final boolean lmsHasInstructorV2;

    RoleListHandler(BackendClients clients, BackendsProperties properties) {
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.legacy = clients.get(Backend.LMS_LEGACY);
        this.lmsHasInstructorV2 = properties.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "membership.roles.list";
    }

    @Override
    public CourseAccess access() {
        return CourseAccess.INSTRUCTOR;
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        PageRequest page = request.page();
        @Nullable CourseRole only = role(request.query("role"));

        Mono<ObjectNode> answer = lmsHasInstructorV2 ? fromV2(request, page, only) : fromLegacy(request, page, only);
        return answer.flatMap(body -> ServerResponse.ok().bodyValue(body));
    }

    private Mono<ObjectNode> fromV2(NativeRequest request, PageRequest page, @Nullable CourseRole only) {
        Mono<JsonNode> team = instructorV2
                .get("/api/instructor/v2/courses/{}/team", request.courseKey())
                .query("page", page.page())
                .query("page_size", page.pageSize())
                .query("role", only == null ? null : only.lmsName())
                .json(request.caller());
        Mono<Part<JsonNode>> available = Part.optional(
                instructorV2
                        .get("/api/instructor/v2/courses/{}/team/roles", request.courseKey())
                        .json(request.caller())
                        .map(roles -> roles.path("results")),
                "available_roles");

        return Mono.zip(team, available).map(parts -> {
            JsonNode members = parts.getT1().path("results");
            List<ObjectNode> results = new ArrayList<>();
            for (JsonNode member : members) {
                ObjectNode result = person(member);
                result.set("roles", member.path("roles").isArray() ? member.path("roles") : result.arrayNode());
                results.add(result);
            }

            ObjectNode body = page.answer(parts.getT1().path("count").asLong(results.size()), results);
            if (parts.getT2().present()) {
                body.set("available_roles", parts.getT2().value());
            }
            return Part.warn(body, parts.getT2());
        });
    }

    private Mono<ObjectNode> fromLegacy(NativeRequest request, PageRequest page, @Nullable CourseRole only) {
        List<CourseRole> courseRoles = only == null ? CourseRole.course() : only.forum() ? List.of() : List.of(only);
        List<CourseRole> forumRoles = only == null ? CourseRole.discussion() : only.forum() ? List.of(only) : List.of();

        Mono<List<Holding>> course = Flux.fromIterable(courseRoles)
                .flatMap(role -> courseRoleMembers(request, role))
                .collectList();
        Mono<List<Holding>> forum = Flux.fromIterable(forumRoles)
                .flatMap(role -> forumRoleMembers(request, role))
                .collectList();
        Mono<Part<List<Holding>>> forumPart =
                only == null ? Part.optional(forum, "discussion roles") : forum.map(held -> new Part<>(held, null));

        return Mono.zip(course, forumPart).map(parts -> {
            List<Holding> holdings = new ArrayList<>(parts.getT1());
            holdings.addAll(parts.getT2().orElse(List.of()));

            ObjectNode body = page.slice(merge(holdings));
            ArrayNode available = body.putArray("available_roles");
            for (CourseRole role : CourseRole.values()) {
                available.add(roleNode(role));
            }
            return Part.warn(body, parts.getT2());
        });
    }

    /** Everyone holding a course role, a hundred at a time where the LMS pages the list (newest releases). */
    private Flux<Holding> courseRoleMembers(NativeRequest request, CourseRole role) {
        return listCourseRoleMembers(request, role, 1).flatMapMany(first -> {
            int pages = first.path("num_pages").asInt(1);
            Flux<JsonNode> rest = Flux.range(2, Math.max(0, pages - 1))
                    .flatMap(number -> listCourseRoleMembers(request, role, number));
            return Flux.concat(Flux.just(first), rest).flatMapIterable(answer -> holdings(answer, role));
        });
    }

    private Mono<JsonNode> listCourseRoleMembers(NativeRequest request, CourseRole role, int number) {
        return legacy.post("/courses/{}/instructor/api/list_course_role_members", request.courseKey())
                .form(Map.of(
                        "rolename", role.lmsName(),
                        "page", Integer.toString(number),
                        "page_size", Integer.toString(LEGACY_PAGE_SIZE)))
                .readOnly()
                .json(request.caller());
    }

    private Flux<Holding> forumRoleMembers(NativeRequest request, CourseRole role) {
        return legacy.post("/courses/{}/instructor/api/list_forum_members", request.courseKey())
                .form(Map.of("rolename", role.lmsName()))
                .readOnly()
                .json(request.caller())
                .flatMapIterable(answer -> holdings(answer, role));
    }

    /** The legacy views list the people under a member named after the role. */
    private static List<Holding> holdings(JsonNode answer, CourseRole role) {
        List<Holding> holdings = new ArrayList<>();
        answer.path(role.lmsName()).forEach(person -> holdings.add(new Holding(role, person)));
        return holdings;
    }

    private static List<ObjectNode> merge(List<Holding> holdings) {
        List<Holding> ordered = new ArrayList<>(holdings);
        ordered.sort(Comparator.comparing(Holding::username).thenComparing(Holding::role));

        List<ObjectNode> members = new ArrayList<>();
        @Nullable ObjectNode current = null;
        for (Holding holding : ordered) {
            if (current == null || !current.path("username").asString("").equals(holding.username())) {
                current = person(holding.person());
                current.putArray("roles");
                members.add(current);
            }
            ((ArrayNode) current.path("roles")).add(roleNode(holding.role()));
        }
        return members;
    }

    private static ObjectNode person(JsonNode source) {
        ObjectNode person = JsonNodeFactory.instance.objectNode();
        for (String name : new String[] {"username", "email", "first_name", "last_name"}) {
            person.put(name, source.path(name).asString(""));
        }
        return person;
    }

    private static ObjectNode roleNode(CourseRole role) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("role", role.lmsName());
        node.put("display_name", role.displayName());
        return node;
    }

    private static @Nullable CourseRole role(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return CourseRole.named(name.strip())
                .orElseThrow(() -> new ProblemException(
                        ProblemType.INVALID_PARAMETER,
                        "role=" + name + " (expected: one of " + CourseRole.names() + ")"));
    }

    private record Holding(CourseRole role, JsonNode person) {

        String username() {
            return person.path("username").asString("");
        }
    }
}
