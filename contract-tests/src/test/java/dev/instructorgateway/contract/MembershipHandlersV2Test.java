package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /enrollment} and {@code GET /roles} on an LMS with {@code /api/instructor/v2}: its enrollments and
 * team lists, paged by the LMS, in the same shapes as without it.
 */
class MembershipHandlersV2Test extends NativeHandlerV2Test {

    private static final String V2 = "/api/instructor/v2/courses/" + COURSE;

    @Test
    void enrollmentIsTheV2PageWithModeAndBetaTesterFlag() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, MembershipHandlersTest.ENROLLMENT + "?search=a&page_size=10");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(body.path("results").findValuesAsString("username"))
                .containsExactly("ada", "alan", "grace", "katherine");
        JsonNode grace = body.path("results").get(2);
        assertThat(grace.path("full_name").asString()).isEqualTo("Grace Hopper");
        assertThat(grace.path("mode").asString()).isEqualTo("audit");
        assertThat(grace.path("is_beta_tester").asBoolean()).isTrue();

        assertThat(calledPaths()).containsExactly("GET " + V2 + "/enrollments?page=1&page_size=10&search=a");
        assertThat(received(getRequestedFor(urlPathEqualTo(V2 + "/enrollments")))
                        .get(0)
                        .getHeader("Authorization"))
                .isEqualTo("JWT " + token);
    }

    @Test
    void aFailingV2EnrollmentListIsA502NamingIt() {
        stub(get(urlPathEqualTo(V2 + "/enrollments")).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", MembershipHandlersTest.ENROLLMENT);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("instructor-v2");
    }

    @Test
    void rolesAreTheV2TeamPageWithTheRoleCatalogue() {
        HttpResponse<String> answer =
                getAs(CourseRoleTokens.holding("instructor", this::stub), MembershipHandlersTest.ROLES_LIST);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("results").findValuesAsString("username"))
                .containsExactly("alan", "grace", "instructor", "staff");
        assertThat(body.path("results").get(3).path("roles").findValuesAsString("role"))
                .containsExactly("staff", "Moderator");
        assertThat(body.path("available_roles").findValuesAsString("role")).contains("instructor", "Community TA");
        assertThat(calledPaths())
                .containsExactlyInAnyOrder("GET " + V2 + "/team?page=1&page_size=25", "GET " + V2 + "/team/roles");
    }

    @Test
    void aRoleFilterGoesToTheV2Team() {
        JsonNode body = json(getAs(
                CourseRoleTokens.holding("instructor", this::stub), MembershipHandlersTest.ROLES_LIST + "?role=beta"));

        assertThat(body.path("results").findValuesAsString("username")).containsExactly("grace");
        assertThat(calledPaths()).contains("GET " + V2 + "/team?page=1&page_size=25&role=beta");
    }

    @Test
    void aFailingRoleCatalogueLeavesTheTeamWithAWarning() {
        stub(get(urlPathEqualTo(V2 + "/team/roles")).willReturn(aResponse().withStatus(500)));

        HttpResponse<String> answer =
                getAs(CourseRoleTokens.holding("instructor", this::stub), MembershipHandlersTest.ROLES_LIST);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("results")).hasSize(4);
        assertThat(body.has("available_roles")).isFalse();
        assertThat(body.path("warnings").get(0).asString()).startsWith("available_roles is missing");
    }

    @Test
    void courseStaffGet403ForRolesEvenWithV2() {
        HttpResponse<String> answer =
                getAs(CourseRoleTokens.holding("staff", this::stub), MembershipHandlersTest.ROLES_LIST);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
