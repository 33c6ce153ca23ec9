package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
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

/**
 * {@code GET} and {@code PUT /discussions/settings}: the discussion API's division settings, kept per course,
 * changed with the merge patch the LMS requires and read back.
 */
class DiscussionSettingsHandlersTest extends CohortsAndDiscussionsTest {

    private static final String SETTINGS = UNIFIED + COURSE + "/discussions/settings";
    private static final String LMS_SETTINGS = "/api/discussion/v1/courses/" + COURSE + "/settings";

    @Test
    void answersTheSettingsAndKeepsThemForTheNextRead() {
        HttpResponse<String> answer = send("GET", SETTINGS);
        send("GET", SETTINGS);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("discussions.settings.get");
        assertThat(json(answer).path("division_scheme").asString()).isEqualTo("cohort");
        assertThat(json(answer).path("divided_inline_discussions").get(0).asString())
                .isEqualTo("algorithms-qa");
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_SETTINGS)))).hasSize(1);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_SETTINGS)))
                        .get(0)
                        .getHeader("Authorization"))
                .isEqualTo("JWT " + instructorToken());
    }

    @Test
    void aFailingDiscussionServiceIsA502NamingIt() {
        stub(get(urlPathEqualTo(LMS_SETTINGS)).willReturn(serverError()));

        HttpResponse<String> answer = send("GET", SETTINGS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("discussion");
    }

    @Test
    void aLearnerGetsNoSettings() {
        HttpResponse<String> answer = getAs(learnerToken(), SETTINGS);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void updateSendsAMergePatchThenAnswersTheSettingsReadAfresh() {
        send("GET", SETTINGS);
        stub(get(urlPathEqualTo(LMS_SETTINGS))
                .willReturn(okJson("{\"id\": 1, \"divided_inline_discussions\": [],"
                        + " \"divided_course_wide_discussions\": [\"course\"], \"always_divide_inline_discussions\":"
                        + " true, \"division_scheme\": \"enrollment_track\", \"available_division_schemes\":"
                        + " [\"cohort\", \"enrollment_track\"], \"reported_content_email_notifications\": false}")));

        HttpResponse<String> answer = sendJson(
                "PUT",
                SETTINGS,
                "{\"division_scheme\": \"enrollment_track\", \"always_divide_inline_discussions\": true,"
                        + " \"divided_course_wide_discussions\": [\"course\"]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("X-Gateway-Route")).hasValue("discussions.settings.update");
        assertThat(json(answer).path("division_scheme").asString()).isEqualTo("enrollment_track");

        LoggedRequest change =
                received(patchRequestedFor(urlPathEqualTo(LMS_SETTINGS))).get(0);
        assertThat(change.getHeader("Content-Type")).startsWith("application/merge-patch+json");
        assertThat(bodyOf(change))
                .isEqualTo(parse("{\"division_scheme\": \"enrollment_track\", \"always_divide_inline_discussions\":"
                        + " true, \"divided_course_wide_discussions\": [\"course\"]}"));
        assertThat(change.getHeader("Authorization")).isEqualTo("JWT " + instructorToken());
        assertThat(calledPaths())
                .containsExactly("GET " + LMS_SETTINGS, "PATCH " + LMS_SETTINGS, "GET " + LMS_SETTINGS);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"available_division_schemes\": [\"cohort\"]}",
                "{\"division_scheme\": \"team\"}",
                "{\"always_divide_inline_discussions\": \"yes\"}",
                "{\"divided_inline_discussions\": \"algorithms-qa\"}",
                "{\"divided_inline_discussions\": [null]}",
                "{\"reported_content_email_notifications\": null}"
            })
    void updateRefusesFieldsItDoesNotKnowOrValuesOfTheWrongKind(String body) {
        HttpResponse<String> answer = sendJson("PUT", SETTINGS, body);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(answer).path("detail").asString()).contains("(expected: ");
        assertThat(calledPaths()).isEmpty();
    }

    @Test
    void updateOnAFailingDiscussionServiceIsA502AndForgetsTheKeptSettings() {
        send("GET", SETTINGS);
        stub(patch(urlPathEqualTo(LMS_SETTINGS)).willReturn(serverError()));

        HttpResponse<String> answer = sendJson("PUT", SETTINGS, "{\"division_scheme\": \"none\"}");
        send("GET", SETTINGS);

        assertThat(answer.statusCode()).isEqualTo(502);
        assertThat(json(answer).path("backend").asString()).isEqualTo("discussion");
        assertThat(received(patchRequestedFor(urlPathEqualTo(LMS_SETTINGS)))).hasSize(1);
        assertThat(received(getRequestedFor(urlPathEqualTo(LMS_SETTINGS)))).hasSize(2);
    }

    @Test
    void aLearnerCannotChangeTheSettings() {
        HttpResponse<String> answer = sendJsonAs(learnerToken(), "PUT", SETTINGS, "{\"division_scheme\": \"none\"}");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(calledPaths()).isEmpty();
    }
}
