package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /cohorts}: the cohorts API's page, in the gateway's pagination contract, with the course's cohorted
 * flag; and, through it, what every native handler shares: the course-role check, the relayed token, failures
 * named by service, optional parts that become warnings, and parallel calls.
 */
class CohortListHandlerTest extends NativeHandlerTest {

    private static final String COHORTS = UNIFIED + COURSE + "/cohorts";
    private static final String LMS_COHORTS = "/api/cohorts/v1/courses/" + COURSE + "/cohorts/";
    private static final String LMS_SETTINGS = "/api/cohorts/v1/settings/" + COURSE;

    @Test
    void listsTheCohortPageWithTheCohortedFlagAndRelaysTheCallersToken() {
        HttpResponse<String> answer = send("GET", COHORTS + "?page_size=10");

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("cohorts.list");
        assertThat(body.path("count").asInt()).isEqualTo(2);
        assertThat(body.path("num_pages").asInt()).isEqualTo(1);
        assertThat(body.path("current_page").asInt()).isEqualTo(1);
        assertThat(body.path("next").isNull()).isTrue();
        assertThat(body.path("results").findValuesAsString("name")).containsExactly("Default Group", "Group A");
        assertThat(body.path("is_cohorted").asBoolean()).isTrue();
        assertThat(body.has("warnings")).isFalse();

        LoggedRequest cohortCall =
                received(getRequestedFor(urlPathEqualTo(LMS_COHORTS))).get(0);
        assertThat(cohortCall.getUrl()).isEqualTo(LMS_COHORTS + "?page=1&page_size=10");
        assertThat(cohortCall.getHeader("Authorization")).isEqualTo("JWT " + instructorToken());
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_SETTINGS)))).hasSize(1);
    }

    @Test
    void pagesLinkBackToTheGateway() {
        stub(get(urlPathEqualTo(LMS_COHORTS))
                .willReturn(okJson("{\"count\": 5, \"results\": [{\"id\": 3, \"name\": \"C\"},"
                        + " {\"id\": 4, \"name\": \"D\"}]}")));

        JsonNode body = json(send("GET", COHORTS + "?page=2&page_size=2"));

        assertThat(body.path("num_pages").asInt()).isEqualTo(3);
        assertThat(body.path("next").asString())
                .isEqualTo(uri(COHORTS + "?page=3&page_size=2").toString());
        assertThat(body.path("previous").asString())
                .isEqualTo(uri(COHORTS + "?page=1&page_size=2").toString());
    }

    @Test
    void aPageSizeOutsideTheContractIsA400AndCallsNothing() {
        HttpResponse<String> answer = send("GET", COHORTS + "?page_size=500");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).contains("page_size=500");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aLearnerGets403AndNoCohortData() {
        HttpResponse<String> answer = getAs(learnerToken(), COHORTS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(json(answer).path("type").asString()).endsWith("course-role-required");
        assertThat(answer.body()).doesNotContain("Group A");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void aFailingCohortsServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_COHORTS)).willReturn(serverError().withBody("<html>oops</html>")));

        HttpResponse<String> answer = send("GET", COHORTS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
        assertThat(answer.body()).doesNotContain("<html>");
    }

    @Test
    void aCohortsServiceThatDoesNotAnswerInTimeIsA504() {
        stub(get(urlPathEqualTo(LMS_COHORTS)).willReturn(okJson("{}").withFixedDelay(5_000)));

        Instant start = Instant.now();
        HttpResponse<String> answer = send("GET", COHORTS);

        assertThat(answer.statusCode()).isEqualTo(504);
        assertThat(json(answer).path("backend").asString()).isEqualTo("cohorts");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofMillis(4_500));
    }

    @Test
    void aFailingSettingsCallLeavesTheListWithAWarning() {
        stub(get(urlPathEqualTo(LMS_SETTINGS)).willReturn(aResponse().withStatus(503)));

        HttpResponse<String> answer = send("GET", COHORTS);

        JsonNode body = json(answer);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(body.path("results")).hasSize(2);
        assertThat(body.has("is_cohorted")).isFalse();
        assertThat(body.path("warnings").get(0).asString()).startsWith("is_cohorted is missing");
    }

    @Test
    void twoSlowServicesAreAskedInParallel() {
        send("GET", COHORTS);
        stub(get(urlPathEqualTo(LMS_COHORTS))
                .willReturn(okJson("{\"count\": 0, \"results\": []}").withFixedDelay(400)));
        stub(get(urlPathEqualTo(LMS_SETTINGS))
                .willReturn(okJson("{\"is_cohorted\": false}").withFixedDelay(400)));

        Instant start = Instant.now();
        HttpResponse<String> answer = send("GET", COHORTS);
        Duration took = Duration.between(start, Instant.now());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(took).isLessThan(Duration.ofMillis(750));
        assertThat(calledPaths()).hasSize(List.of(LMS_COHORTS, LMS_SETTINGS).size() * 2);
    }
}
