package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /data_downloads/course_structure}: the course tree from the blocks API, answered at once, with the
 * grading policy summary as an enrichment.
 */
class CourseStructureHandlerTest extends NativeHandlerTest {

    private static final String STRUCTURE = UNIFIED + COURSE + "/data_downloads/course_structure";
    private static final String GRADING = "/courses/" + COURSE + "/instructor/api/get_grading_config";

    @Test
    void theCourseTreeIsAnsweredAtOnceInCourseOrder() {
        HttpResponse<String> answer = send("POST", STRUCTURE);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("data-export.course-structure.create");
        assertThat(body.path("course_id").asString()).isEqualTo(COURSE);
        JsonNode course = body.path("course");
        assertThat(course.path("type").asString()).isEqualTo("course");
        assertThat(course.path("children")).hasSize(3);
        assertThat(course.path("children").get(0).path("display_name").asString())
                .isEqualTo("Week 1: Getting Started");
        assertThat(course.path("children").get(2).path("display_name").asString())
                .isEqualTo("Exams");
        JsonNode homework = course.path("children").get(0).path("children").get(0);
        assertThat(homework.path("id").asString())
                .isEqualTo("block-v1:OpenedX+DemoX+Demo_Course+type@sequential+block@seq_hw1");
        assertThat(homework.path("graded").asBoolean()).isTrue();
        assertThat(homework.path("format").asString()).isEqualTo("Homework");
        assertThat(homework.path("due").asString()).isEqualTo("2026-10-15T23:59:00Z");
        JsonNode firstProblem =
                homework.path("children").get(0).path("children").get(0);
        assertThat(firstProblem.path("display_name").asString()).isEqualTo("Sorting Basics");
        assertThat(firstProblem.has("children")).isFalse();
        assertThat(body.path("block_counts").path("problem").asInt()).isEqualTo(5);
        assertThat(body.path("block_counts").path("openassessment").asInt()).isEqualTo(1);
        assertThat(body.path("grading_config_summary").asString()).contains("Course grader");
        assertThat(body.has("warnings")).isFalse();

        LoggedRequest blocks = received(getRequestedFor(urlPathEqualTo("/api/courses/v1/blocks/")))
                .get(0);
        assertThat(blocks.queryParameter("depth").firstValue()).isEqualTo("all");
        assertThat(blocks.queryParameter("all_blocks").firstValue()).isEqualTo("true");
        assertThat(RelayedToken.userOf(blocks)).isEqualTo("instructor");
        assertThat(received(postRequestedFor(urlPathEqualTo(GRADING)))).hasSize(1);
    }

    @Test
    void aFailingGradingConfigLeavesTheTreeWithAWarning() {
        stub(post(urlPathEqualTo(GRADING)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("POST", STRUCTURE);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("course").path("children")).hasSize(3);
        assertThat(body.has("grading_config_summary")).isFalse();
        assertThat(body.path("warnings").get(0).asString()).startsWith("grading_config_summary is missing");
    }

    @Test
    void aFailingBlocksServiceIsA502NamingIt() {
        stub(get(urlPathMatching("/api/courses/v1/blocks/?")).willReturn(serverError()));

        HttpResponse<String> answer = send("POST", STRUCTURE);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("course-blocks");
    }

    @Test
    void aLearnerGets403AndNoStructure() {
        HttpResponse<String> answer = sendRaw(HttpRequest.newBuilder(uri(STRUCTURE))
                .header("Authorization", "JWT " + learnerToken())
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
