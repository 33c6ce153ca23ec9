package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The course-role check every native handler passes first, shown on {@code GET /cohorts}: who the LMS's roles
 * API says may pass, what it is asked, and that its answer is kept for a while.
 */
class CourseRoleCheckTest extends NativeHandlerTest {

    private static final String COHORTS = UNIFIED + COURSE + "/cohorts";
    private static final String LMS_COHORTS = "/api/cohorts/v1/courses/" + COURSE + "/cohorts/";

    @Test
    void asksTheRolesApiForThisCourseWithTheCallersToken() {
        String token = tokenWithRoles(
                "[{\"org\": \"OpenedX\", \"course_id\": \"" + COURSE + "\", \"role\": \"instructor\"}]", false);

        HttpResponse<String> answer = getAs(token, COHORTS);

        List<LoggedRequest> asked = received(getRequestedFor(urlPathEqualTo(ROLES)));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(asked).hasSize(1);
        assertThat(asked.get(0).getUrl()).isEqualTo(ROLES + "?course_id=course-v1%3AOpenedX%2BDemoX%2BDemo_Course");
        assertThat(asked.get(0).getHeader("Authorization")).isEqualTo("JWT " + token);
    }

    @Test
    void globalStaffPassWithoutACourseRole() {
        String token = tokenWithRoles("[]", true);

        assertThat(getAs(token, COHORTS).statusCode()).isEqualTo(200);
    }

    @Test
    void aStaffRoleHeldForTheWholeOrganizationCounts() {
        String token = tokenWithRoles("[{\"org\": \"OpenedX\", \"course_id\": \"\", \"role\": \"staff\"}]", false);

        assertThat(getAs(token, COHORTS).statusCode()).isEqualTo(200);
    }

    @Test
    void staffOfAnotherCourseAreRefused() {
        String token = tokenWithRoles(
                "[{\"org\": \"OpenedX\", \"course_id\": \"course-v1:OpenedX+Other+2025\","
                        + " \"role\": \"staff\"}, {\"org\": \"Elsewhere\", \"course_id\": \"\", \"role\": \"staff\"}]",
                false);

        HttpResponse<String> answer = getAs(token, COHORTS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_COHORTS)))).isEmpty();
    }

    @Test
    void aFailingRolesApiIsA502NamingItAndNothingElseIsCalled() {
        String token = SharedStandIn.tokens().token(newUser());
        stub(get(urlPathEqualTo(ROLES))
                .withHeader("Authorization", equalTo("JWT " + token))
                .willReturn(serverError()));

        HttpResponse<String> answer = getAs(token, COHORTS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("enrollment");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void theRolesAnswerIsKeptForTheNextRequest() {
        String token = tokenWithRoles(
                "[{\"org\": \"OpenedX\", \"course_id\": \"" + COURSE + "\", \"role\": \"staff\"}]", false);

        getAs(token, COHORTS);
        getAs(token, COHORTS);

        assertThat(received(getRequestedFor(urlPathEqualTo(ROLES)))).hasSize(1);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_COHORTS)))).hasSize(2);
    }

    private String tokenWithRoles(String roles, boolean globalStaff) {
        String token = SharedStandIn.tokens().token(newUser());
        stub(get(urlPathEqualTo(ROLES))
                .withHeader("Authorization", equalTo("JWT " + token))
                .willReturn(okJson("{\"roles\": " + roles + ", \"is_staff\": " + globalStaff + "}")));
        return token;
    }

    private static String newUser() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
