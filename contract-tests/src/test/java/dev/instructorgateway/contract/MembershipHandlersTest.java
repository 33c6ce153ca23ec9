package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /enrollment} and {@code GET /roles} on an LMS without {@code /api/instructor/v2}: the legacy
 * {@code list_course_enrollments} view paged by the LMS, and the course team merged from one legacy call per
 * role.
 */
class MembershipHandlersTest extends NativeHandlerTest {

    static final String ENROLLMENT = UNIFIED + COURSE + "/enrollment";
    static final String ROLES_LIST = UNIFIED + COURSE + "/roles";
    static final String LEGACY = "/courses/" + COURSE + "/instructor/api/";

    @Test
    void enrollmentAsksTheLegacyViewForOnePageAndRelaysTheCallersToken() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, ENROLLMENT);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("membership.enrollment.list");
        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(body.path("results").findValuesAsString("username"))
                .containsExactly("ada", "alan", "grace", "katherine");
        assertThat(body.path("results").get(0).path("full_name").asString()).isEqualTo("Ada Lovelace");
        assertThat(body.path("results").get(0).path("email").asString()).isEqualTo("ada@example.com");

        LoggedRequest call = received(postRequestedFor(urlPathEqualTo(LEGACY + "list_course_enrollments")))
                .get(0);
        assertThat(calledPaths()).containsExactly("POST " + LEGACY + "list_course_enrollments");
        assertThat(call.getBodyAsString()).isEqualTo("page=1&page_size=25");
        assertThat(call.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(call.getHeader("Authorization")).isEqualTo("JWT " + token);
    }

    @Test
    void theLmsCutsThePageAndTheSearchGoesWithIt() {
        stub(post(urlPathEqualTo(LEGACY + "list_course_enrollments"))
                .willReturn(okJson("{\"course_id\": \"" + COURSE + "\", \"count\": 45, \"num_pages\": 3,"
                        + " \"current_page\": 2, \"enrollments\": [{\"username\": \"ada2\", \"email\": \"a2@x.org\","
                        + " \"first_name\": \"Ada\", \"last_name\": \"\"}]}")));

        JsonNode body = json(send("GET", ENROLLMENT + "?search=ada&page=2&page_size=20"));

        assertThat(body.path("count").asInt()).isEqualTo(45);
        assertThat(body.path("num_pages").asInt()).isEqualTo(3);
        assertThat(body.path("current_page").asInt()).isEqualTo(2);
        assertThat(body.path("results")).hasSize(1);
        assertThat(body.path("results").get(0).path("full_name").asString()).isEqualTo("Ada");
        assertThat(received(postRequestedFor(urlPathEqualTo(LEGACY + "list_course_enrollments")))
                        .get(0)
                        .getBodyAsString())
                .isEqualTo("search=ada&page=2&page_size=20");
    }

    @Test
    void aFailingLegacyViewIsA502NamingIt() {
        stub(post(urlPathEqualTo(LEGACY + "list_course_enrollments")).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ENROLLMENT);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("lms-legacy");
    }

    @Test
    void aBadPageSizeIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("GET", ENROLLMENT + "?page_size=0");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).contains("page_size=0");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403ForEnrollmentAndRoles() {
        HttpResponse<String> enrollment = getAs(learnerToken(), ENROLLMENT);
        HttpResponse<String> roles = getAs(learnerToken(), ROLES_LIST);

        assertThat(enrollment.statusCode()).isEqualTo(403);
        assertThat(roles.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void courseStaffGet403ForRolesBecauseTheLegacyViewNeedsAnInstructor() {
        HttpResponse<String> answer = getAs(CourseRoleTokens.holding("staff", this::stub), ROLES_LIST);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json(answer).path("detail").asString()).contains("course instructor");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void rolesAskEachRoleOnceInParallelAndMergeThePeople() {
        String token = CourseRoleTokens.holding("instructor", this::stub);

        HttpResponse<String> answer = getAs(token, ROLES_LIST);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(body.path("results").findValuesAsString("username"))
                .containsExactly("alan", "grace", "instructor", "staff");
        JsonNode instructor = body.path("results").get(2);
        assertThat(instructor.path("first_name").asString()).isEqualTo("Jordan");
        assertThat(instructor.path("roles").findValuesAsString("role")).containsExactly("instructor", "Administrator");
        assertThat(instructor.path("roles").findValuesAsString("display_name"))
                .containsExactly("Admin", "Discussion Admin");
        assertThat(body.path("available_roles")).hasSize(10);
        assertThat(body.has("warnings")).isFalse();

        List<LoggedRequest> courseRoleCalls =
                received(postRequestedFor(urlPathEqualTo(LEGACY + "list_course_role_members")));
        List<LoggedRequest> forumRoleCalls = received(postRequestedFor(urlPathEqualTo(LEGACY + "list_forum_members")));
        assertThat(courseRoleCalls)
                .extracting(call -> call.formParameters().get("rolename").firstValue())
                .containsExactlyInAnyOrder(
                        "instructor", "staff", "limited_staff", "beta", "ccx_coach", "data_researcher");
        assertThat(forumRoleCalls)
                .extracting(call -> call.formParameters().get("rolename").firstValue())
                .containsExactlyInAnyOrder("Administrator", "Moderator", "Group Moderator", "Community TA");
        assertThat(courseRoleCalls)
                .allMatch(call -> call.getHeader("Authorization").equals("JWT " + token));
        assertThat(calledPaths()).hasSize(10);
    }

    @Test
    void aRoleFilterAsksOnlyThatRole() {
        JsonNode body = json(getAs(CourseRoleTokens.holding("instructor", this::stub), ROLES_LIST + "?role=beta"));

        assertThat(body.path("results").findValuesAsString("username")).containsExactly("grace");
        assertThat(calledPaths()).containsExactly("POST " + LEGACY + "list_course_role_members");
    }

    @Test
    void anUnknownRoleIsA400AndCallsNothing() {
        HttpResponse<String> answer =
                getAs(CourseRoleTokens.holding("instructor", this::stub), ROLES_LIST + "?role=owner");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("role=owner (expected: one of instructor,");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aRoleListedOnSeveralPagesIsReadToTheEnd() {
        stub(post(urlPathEqualTo(LEGACY + "list_course_role_members"))
                .withFormParam("rolename", containing("beta"))
                .withFormParam("page", containing("1"))
                .willReturn(okJson("{\"beta\": [{\"username\": \"b1\"}], \"count\": 101, \"num_pages\": 2}")));
        stub(post(urlPathEqualTo(LEGACY + "list_course_role_members"))
                .withFormParam("rolename", containing("beta"))
                .withFormParam("page", containing("2"))
                .willReturn(okJson("{\"beta\": [{\"username\": \"b2\"}], \"count\": 101, \"num_pages\": 2}")));

        JsonNode body = json(getAs(CourseRoleTokens.holding("instructor", this::stub), ROLES_LIST + "?role=beta"));

        assertThat(body.path("results").findValuesAsString("username")).containsExactly("b1", "b2");
        assertThat(received(postRequestedFor(urlPathEqualTo(LEGACY + "list_course_role_members"))))
                .extracting(call -> call.formParameters().get("page_size").firstValue())
                .containsOnly("100");
    }

    @Test
    void aFailingDiscussionRoleLeavesTheCourseRolesWithAWarning() {
        stub(post(urlPathEqualTo(LEGACY + "list_forum_members"))
                .withFormParam("rolename", containing("Moderator"))
                .willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = getAs(CourseRoleTokens.holding("instructor", this::stub), ROLES_LIST);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("results").findValuesAsString("username")).containsExactly("grace", "instructor", "staff");
        assertThat(body.path("warnings").get(0).asString()).startsWith("discussion roles is missing");
    }

    @Test
    void aFailingCourseRoleIsA502() {
        stub(post(urlPathEqualTo(LEGACY + "list_course_role_members"))
                .withFormParam("rolename", containing("staff"))
                .willReturn(serverError()));

        HttpResponse<String> answer = getAs(CourseRoleTokens.holding("instructor", this::stub), ROLES_LIST);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("lms-legacy");
    }
}
