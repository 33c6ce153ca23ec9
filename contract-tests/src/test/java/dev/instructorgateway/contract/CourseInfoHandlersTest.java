package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /info}, {@code PUT /info} and {@code GET /modes} on an LMS without {@code /api/instructor/v2}: the
 * course detail and enrollment APIs read in parallel and kept, Studio's course details read, changed and put
 * back.
 */
class CourseInfoHandlersTest extends NativeHandlerTest {

    static final String INFO = UNIFIED + COURSE + "/info";
    static final String MODES = UNIFIED + COURSE + "/modes";
    static final String LMS_COURSE = "/api/courses/v1/courses/" + COURSE;
    static final String LMS_ENROLLMENT_COURSE = "/api/enrollment/v1/course/" + COURSE;
    static final String STUDIO_DETAILS = "/api/contentstore/v1/course_details/" + COURSE;

    @Autowired
    ReadCaches caches;

    @BeforeEach
    void forgetKeptCourseData() {
        forgetKeptCourseData(caches);
    }

    /** Each test starts from the LMS, whatever an earlier test on the same gateway kept. */
    static void forgetKeptCourseData(ReadCaches caches) {
        caches.invalidate(ReadCache.COURSE_METADATA, COURSE);
        caches.invalidate(ReadCache.COURSE_MODES, COURSE);
    }

    @Test
    void infoComposesTheCourseDetailWithTheEnrollmentModesAndRelaysTheCallersToken() {
        String token = instructorToken();

        HttpResponse<String> answer = getAs(token, INFO);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("course-info.info.get");
        assertThat(body.path("course_id").asString()).isEqualTo(COURSE);
        assertThat(body.path("display_name").asString()).isEqualTo("Open edX Demo Course");
        assertThat(body.path("org").asString()).isEqualTo("OpenedX");
        assertThat(body.path("number").asString()).isEqualTo("DemoX");
        assertThat(body.path("run").asString()).isEqualTo("Demo_Course");
        assertThat(body.path("start").asString()).isEqualTo("2024-01-15T00:00:00Z");
        assertThat(body.path("enrollment_end").asString()).isEqualTo("2027-05-31T23:59:00Z");
        assertThat(body.path("pacing").asString()).isEqualTo("instructor");
        assertThat(body.path("has_started").asBoolean()).isTrue();
        assertThat(body.path("invitation_only").asBoolean()).isFalse();
        assertThat(body.path("modes").findValuesAsString("slug")).containsExactly("audit", "honor", "verified");
        assertThat(body.has("warnings")).isFalse();

        assertThat(calledPaths())
                .containsExactlyInAnyOrder("GET " + LMS_COURSE, "GET " + LMS_ENROLLMENT_COURSE + "?include_expired=1");
        assertThat(received(anyRequestedFor(urlPathMatching("/api/(courses|enrollment/v1/course)/.*"))))
                .extracting(request -> request.getHeader("Authorization"))
                .containsOnly("JWT " + token);
    }

    @Test
    void infoIsKeptPerCourseSoASecondReadCallsNothing() {
        send("GET", INFO);

        HttpResponse<String> again = send("GET", INFO);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("display_name").asString()).isEqualTo("Open edX Demo Course");
        assertThat(calledPaths()).hasSize(2);
    }

    @Test
    void aFailingCourseDetailApiIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_COURSE)).willReturn(serverError().withBody("<html>oops</html>")));

        HttpResponse<String> answer = send("GET", INFO);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("backend").asString()).isEqualTo("course-blocks");
        assertThat(answer.body()).doesNotContain("<html>");
    }

    @Test
    void aFailingEnrollmentApiLeavesTheInfoWithoutModesAndWithAWarning() {
        stub(get(urlPathEqualTo(LMS_ENROLLMENT_COURSE)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("GET", INFO);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("display_name").asString()).isEqualTo("Open edX Demo Course");
        assertThat(body.has("modes")).isFalse();
        assertThat(body.path("warnings").get(0).asString()).startsWith("modes is missing");
    }

    @Test
    void theTwoCourseApisAreAskedInParallel() {
        send("GET", INFO);
        forgetKeptCourseData();
        stub(get(urlPathEqualTo(LMS_COURSE))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBodyFile("course-blocks/course.json")
                        .withFixedDelay(300)));
        stub(get(urlPathEqualTo(LMS_ENROLLMENT_COURSE))
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBodyFile("enrollment/course.json")
                        .withFixedDelay(300)));

        Instant start = Instant.now();
        HttpResponse<String> answer = send("GET", INFO);
        Duration took = Duration.between(start, Instant.now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("modes")).hasSize(3);
        assertThat(took).isLessThan(Duration.ofMillis(550));
    }

    @Test
    void aLearnerGets403AndNoCourseApiIsCalled() {
        HttpResponse<String> info = getAs(learnerToken(), INFO);
        HttpResponse<String> modes = getAs(learnerToken(), MODES);

        assertThat(info.statusCode()).isEqualTo(403);
        assertThat(modes.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void modesAreTheEnrollmentApisCourseModesInThePaginationContract() {
        HttpResponse<String> answer = send("GET", MODES + "?page=1&page_size=2");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("course-info.modes.list");
        assertThat(body.path("count").asInt()).isEqualTo(3);
        assertThat(body.path("num_pages").asInt()).isEqualTo(2);
        assertThat(body.path("results").findValuesAsString("slug")).containsExactly("audit", "honor");
        assertThat(body.path("results").get(0).path("min_price").asInt()).isZero();
        assertThat(body.path("next").asString())
                .isEqualTo(uri(MODES + "?page=2&page_size=2").toString());
        assertThat(calledPaths()).containsExactly("GET " + LMS_ENROLLMENT_COURSE + "?include_expired=1");
    }

    @Test
    void modesAreKeptAndShareTheEnrollmentCallWithInfo() {
        send("GET", MODES);

        JsonNode page2 = json(send("GET", MODES + "?page=2&page_size=2"));
        send("GET", INFO);

        assertThat(page2.path("results").findValuesAsString("slug")).containsExactly("verified");
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_ENROLLMENT_COURSE))))
                .hasSize(1);
    }

    @Test
    void aFailingEnrollmentApiFailsTheModeListWithA502() {
        stub(get(urlPathEqualTo(LMS_ENROLLMENT_COURSE)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", MODES);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("enrollment");
    }

    @Test
    void updateReadsStudiosDetailsAppliesTheClientsMembersAndPutsThemBack() {
        String token = instructorToken();

        HttpResponse<String> answer = putAs(
                token,
                "{\"start\": \"2026-09-01T09:00:00+02:00\", \"end\": null, \"pacing\": \"self\","
                        + " \"short_description\": \"Algorithms, gently.\"}");

        assertThat(calledPaths()).containsExactly("GET " + STUDIO_DETAILS, "PUT " + STUDIO_DETAILS);
        LoggedRequest put =
                received(putRequestedFor(urlPathEqualTo(STUDIO_DETAILS))).get(0);
        JsonNode sent = JSON.readTree(put.getBodyAsString());
        assertThat(put.getHeader("Authorization")).isEqualTo("JWT " + token);
        assertThat(put.getHeader("Content-Type")).startsWith("application/json");
        assertThat(sent.path("start_date").asString()).isEqualTo("2026-09-01T07:00:00Z");
        assertThat(sent.path("end_date").isNull()).isTrue();
        assertThat(sent.path("self_paced").asBoolean()).isTrue();
        assertThat(sent.path("short_description").asString()).isEqualTo("Algorithms, gently.");
        assertThat(sent.path("enrollment_end").asString()).isEqualTo("2027-05-31T23:59:00Z");
        assertThat(sent.path("learning_info").get(0).asString()).isEqualTo("Choose a sorting algorithm");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("course_id").asString()).isEqualTo(COURSE);
        assertThat(body.path("start").asString()).isEqualTo("2026-09-01T07:00:00Z");
        assertThat(body.path("end").isNull()).isTrue();
        assertThat(body.path("pacing").asString()).isEqualTo("self");
        assertThat(body.path("effort").asString()).isEqualTo("04:00");
    }

    @Test
    void anUpdateForgetsTheKeptInfo() {
        send("GET", INFO);

        sendJson("PUT", INFO, "{\"effort\": \"05:00\"}");
        send("GET", INFO);

        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_COURSE)))).hasSize(2);
    }

    @Test
    void everyWrongMemberIsNamedInOne400AndStudioIsNotCalled() {
        HttpResponse<String> answer = sendJson(
                "PUT", INFO, "{\"start\": \"next monday\", \"colour\": \"red\", \"pacing\": \"fast\", \"end\": 5}");

        String detail = json(answer).path("detail").asString();
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(detail)
                .contains("start: \"next monday\" (expected: an ISO 8601 date-time")
                .contains("colour: \"red\" (expected: one of start, end,")
                .contains("pacing: \"fast\" (expected: self or instructor)")
                .contains("end: 5 (expected:");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void anEmptyUpdateIsA400() {
        HttpResponse<String> answer = sendJson("PUT", INFO, "{}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).path("detail").asString()).startsWith("body: {} (expected: at least one of");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingStudioWriteIsA502NamingStudioAndIsSentOnce() {
        stub(put(urlPathEqualTo(STUDIO_DETAILS)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("PUT", INFO, "{\"effort\": \"05:00\"}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("studio");
        assertThat(received(putRequestedFor(urlPathEqualTo(STUDIO_DETAILS)))).hasSize(1);
    }

    @Test
    void aLearnerCannotUpdateAndStudioIsNotCalled() throws Exception {
        HttpRequest put = HttpRequest.newBuilder(uri(INFO))
                .header("Authorization", "JWT " + learnerToken())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"effort\": \"05:00\"}"))
                .timeout(Duration.ofSeconds(20))
                .build();

        // The 403 comes before the gateway reads the body, so the JDK client may still be sending it when the
        // answer arrives; twice on a loaded machine the request after this one then waited 20s in the shared
        // client's pool. A client of its own keeps this connection out of that pool.
        HttpResponse<String> answer = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    private HttpResponse<String> putAs(String token, String json) {
        return sendRaw(HttpRequest.newBuilder(uri(INFO))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
