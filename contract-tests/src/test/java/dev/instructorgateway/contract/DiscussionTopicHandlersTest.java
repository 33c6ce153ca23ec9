package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The discussion topics: listed flat from the discussion API and kept per course; course-wide topics created,
 * renamed and deleted by rewriting the course's {@code discussion_topics} advanced setting in Studio.
 */
class DiscussionTopicHandlersTest extends CohortsAndDiscussionsTest {

    private static final String TOPICS = UNIFIED + COURSE + "/discussions/topics";
    private static final String LMS_TOPICS = "/api/discussion/v1/course_topics/" + COURSE;
    private static final String STUDIO_SETTINGS = "/api/contentstore/v0/advanced_settings/" + COURSE;

    @Test
    void listsCourseWideThenCoursewareTopicsFlatInOnePage() {
        HttpResponse<String> answer = send("GET", TOPICS);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("discussions.topics.list");
        assertThat(body.path("count").asInt()).isEqualTo(4);
        assertThat(body.path("results").findValuesAsString("id"))
                .containsExactly("course", "technical-help", "intro-discussion", "algorithms-qa");
        assertThat(body.path("results").get(0))
                .isEqualTo(parse("{\"id\": \"course\", \"name\": \"General\", \"type\": \"course_wide\","
                        + " \"category\": null, \"thread_counts\": {\"discussion\": 9, \"question\": 3}}"));
        assertThat(body.path("results").get(2).path("type").asString()).isEqualTo("courseware");
        assertThat(body.path("results").get(2).path("category").asString()).isEqualTo("Week 1: Getting Started");
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_TOPICS))).get(0).getHeader("Authorization"))
                .isEqualTo("JWT " + instructorToken());
    }

    @Test
    void theListIsKeptPerCourseAndPagedFromWhatIsKept() {
        send("GET", TOPICS);

        JsonNode secondPage = json(send("GET", TOPICS + "?page=2&page_size=3"));

        assertThat(secondPage.path("results").findValuesAsString("id")).containsExactly("algorithms-qa");
        assertThat(secondPage.path("num_pages").asInt()).isEqualTo(2);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_TOPICS)))).hasSize(1);
    }

    @Test
    void aFailingDiscussionServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_TOPICS)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", TOPICS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("discussion");
    }

    @Test
    void aLearnerGetsNoTopicsHere() {
        HttpResponse<String> answer = getAs(learnerToken(), TOPICS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void createAddsTheTopicToTheSettingInStudioAndAnswers201() {
        HttpResponse<String> answer = sendJson("POST", TOPICS, "{\"name\": \"Office Hours\"}");

        assertThat(answer.statusCode()).isEqualTo(201);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("discussions.topics.create");
        assertThat(answer.headers().firstValue("Location"))
                .hasValue(uri(TOPICS + "/office-hours").toString());
        assertThat(json(answer))
                .isEqualTo(parse("{\"id\": \"office-hours\", \"name\": \"Office Hours\", \"type\": \"course_wide\","
                        + " \"category\": null, \"thread_counts\": null}"));

        LoggedRequest write =
                received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS))).get(0);
        assertThat(bodyOf(write))
                .isEqualTo(parse("{\"discussion_topics\": {\"value\": {\"General\": {\"id\": \"course\"},"
                        + " \"Technical Help\": {\"id\": \"technical-help\"},"
                        + " \"Office Hours\": {\"id\": \"office-hours\"}}}}"));
        assertThat(write.getHeader("Authorization")).isEqualTo("JWT " + instructorToken());
        assertThat(calledPaths()).containsExactly("GET " + STUDIO_SETTINGS, "PATCH " + STUDIO_SETTINGS);
    }

    @Test
    void createTakesTheIdTheClientChose() {
        sendJson("POST", TOPICS, "{\"name\": \"Office Hours\", \"id\": \"i4x-OpenedX-DemoX-office\"}");

        LoggedRequest write =
                received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS))).get(0);
        assertThat(bodyOf(write).path("discussion_topics").path("value").path("Office Hours"))
                .isEqualTo(parse("{\"id\": \"i4x-OpenedX-DemoX-office\"}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"name\": \"General\"}", "{\"name\": \"Lobby\", \"id\": \"course\"}"})
    void createOfANameOrIdAnotherTopicHasIsA409AndWritesNothing(String body) {
        HttpResponse<String> answer = sendJson("POST", TOPICS, body);

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"name\": \"\"}",
                "{\"name\": \"Lobby\", \"id\": \"has space\"}",
                "{\"name\": \"!!\"}",
                "{\"name\": \"Lobby\", \"sort_key\": \"a\"}"
            })
    void createRefusesABadBodyWith400AndCallsNothing(String body) {
        HttpResponse<String> answer = sendJson("POST", TOPICS, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aWrittenTopicIsNotListedFromTheKeptList() {
        send("GET", TOPICS);

        sendJson("POST", TOPICS, "{\"name\": \"Office Hours\"}");
        send("GET", TOPICS);

        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_TOPICS)))).hasSize(2);
    }

    @Test
    void aFailingStudioIsA502NamingIt() {
        stub(patch(urlPathEqualTo(STUDIO_SETTINGS)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("POST", TOPICS, "{\"name\": \"Office Hours\"}");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("studio");
        assertThat(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))).hasSize(1);
    }

    @Test
    void aLearnerCannotCreateATopic() {
        HttpResponse<String> answer = sendJsonAs(learnerToken(), "POST", TOPICS, "{\"name\": \"Mine\"}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void updateRenamesTheTopicInItsPlaceAndKeepsItsId() {
        HttpResponse<String> answer = sendJson("PUT", TOPICS + "/technical-help", "{\"name\": \"Help Desk\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(json(answer).path("id").asString()).isEqualTo("technical-help");
        assertThat(json(answer).path("name").asString()).isEqualTo("Help Desk");

        JsonNode written = bodyOf(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))
                        .get(0))
                .path("discussion_topics")
                .path("value");
        assertThat(written.propertyNames()).containsExactly("General", "Help Desk");
        assertThat(written.path("Help Desk").path("id").asString()).isEqualTo("technical-help");
    }

    @Test
    void updateOfATopicTheSettingDoesNotHoldIsA404() {
        HttpResponse<String> answer = sendJson("PUT", TOPICS + "/intro-discussion", "{\"name\": \"Hello\"}");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(json(answer).path("detail").asString()).startsWith("topic_id: intro-discussion");
        assertThat(calledPaths()).containsExactly("GET " + STUDIO_SETTINGS);
    }

    @Test
    void updateToTheNameOfAnotherTopicIsA409() {
        HttpResponse<String> answer = sendJson("PUT", TOPICS + "/technical-help", "{\"name\": \"General\"}");

        assertThat(answer.statusCode()).isEqualTo(409);
        assertThat(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))).isEmpty();
    }

    @Test
    void updateCannotChangeTheId() {
        HttpResponse<String> answer =
                sendJson("PUT", TOPICS + "/technical-help", "{\"name\": \"Help\", \"id\": \"help\"}");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void deleteTakesTheTopicOutOfTheSetting() {
        HttpResponse<String> answer = send("DELETE", TOPICS + "/technical-help");

        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("discussions.topics.delete");
        assertThat(bodyOf(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))
                        .get(0)))
                .isEqualTo(parse("{\"discussion_topics\": {\"value\": {\"General\": {\"id\": \"course\"}}}}"));
    }

    @Test
    void deleteOfATopicTheSettingDoesNotHoldIsA404() {
        HttpResponse<String> answer = send("DELETE", TOPICS + "/no-such-topic");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))).isEmpty();
    }

    @Test
    void aFailingStudioReadIsA502AndNothingIsWritten() {
        stub(get(urlPathEqualTo(STUDIO_SETTINGS)).willReturn(serverError()));

        HttpResponse<String> answer = send("DELETE", TOPICS + "/technical-help");

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("studio");
        assertThat(received(patchRequestedFor(urlPathEqualTo(STUDIO_SETTINGS)))).isEmpty();
    }
}
