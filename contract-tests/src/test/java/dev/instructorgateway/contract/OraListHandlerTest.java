package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /ora} on an LMS without instructor v2: the openassessment blocks of the course outline, in course
 * order with where each sits, the outline kept in the course structure cache.
 */
class OraListHandlerTest extends NativeHandlerTest {

    static final String ORA_LIST = UNIFIED + COURSE + "/ora";
    static final String BLOCKS = "/api/courses/v1/blocks/";

    @Autowired
    ReadCaches caches;

    @BeforeEach
    void forgetTheOutline() {
        caches.invalidate(ReadCache.COURSE_STRUCTURE, COURSE);
    }

    @Test
    void listsTheOrasOfTheOutlineWithTheirUnitSubsectionAndSection() {
        HttpResponse<String> answer = send("GET", ORA_LIST);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("ora.assessments.list");
        assertThat(body.path("count").asInt()).isEqualTo(1);
        JsonNode ora = body.path("results").get(0);
        assertThat(ora.path("block_id").asString()).isEqualTo(OraReadHandlersTest.ORA);
        assertThat(ora.path("display_name").asString()).isEqualTo("Reflection Essay: Choosing an Algorithm");
        assertThat(ora.path("unit_name").asString()).isEqualTo("Reflection Essay");
        assertThat(ora.path("subsection_name").asString()).isEqualTo("Homework 2: Graph Search");
        assertThat(ora.path("section_name").asString()).isEqualTo("Week 2: Algorithms");
        assertThat(ora.path("due").asString()).isEqualTo("2026-11-15T23:59:00Z");

        LoggedRequest call = received(getRequestedFor(urlPathEqualTo(BLOCKS))).get(0);
        assertThat(call.getUrl()).contains("course_id=course-v1%3AOpenedX%2BDemoX%2BDemo_Course");
        assertThat(call.queryParameter("depth").firstValue()).isEqualTo("all");
        assertThat(call.queryParameter("all_blocks").firstValue()).isEqualTo("true");
        assertThat(RelayedToken.userOf(call)).isEqualTo("instructor");
        assertThat(calledPaths()).noneMatch(path -> path.contains("/api/instructor/v2/"));
    }

    @Test
    void theOutlineIsAskedOnceAndKept() {
        send("GET", ORA_LIST);

        HttpResponse<String> again = send("GET", ORA_LIST + "?page_size=10");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).path("count").asInt()).isEqualTo(1);
        assertThat(received(getRequestedFor(urlPathEqualTo(BLOCKS)))).hasSize(1);
    }

    @Test
    void aFailingBlocksServiceIsA502NamingIt() {
        stub(get(urlPathMatching("/api/courses/v1/blocks/?")).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", ORA_LIST);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("course-blocks");
    }

    @Test
    void aLearnerGets403AndNoOutlineIsAsked() {
        HttpResponse<String> answer = getAs(learnerToken(), ORA_LIST);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
