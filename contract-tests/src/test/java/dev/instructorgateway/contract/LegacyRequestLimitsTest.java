package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/** Bodies the gateway must read to rewrite are checked first; nothing half-made reaches the LMS. */
class LegacyRequestLimitsTest extends GatewayOnStandInTest {

    private static final String ENROLL = UNIFIED + COURSE + "/enrollment";

    @Test
    void aBodyAboveTheLimitIs413() {
        String big = "{\"identifiers\": [\"" + "a".repeat(1_100_000) + "\"]}";

        HttpResponse<String> answer = send(json(big));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.body()).contains("urn:instructor-gateway:problem:payload-too-large");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void aFormBodyWhereJsonIsExpectedIs415() {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(uri(ENROLL))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("identifiers=ada")));

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(answer.body()).contains("(expected: application/json)");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void malformedJsonIs400() {
        HttpResponse<String> answer = send(json("{\"identifiers\": [\"ada\""));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("not valid JSON");
        assertThat(lmsReceived()).isEmpty();
    }

    @Test
    void everyMistypedMemberIsNamedAtOnce() {
        HttpResponse<String> answer = send(json("{\"identifiers\": 7, \"auto_enroll\": \"yes\"}"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JsonParserFactory.getJsonParser().parseMap(answer.body()))
                .containsEntry("type", "urn:instructor-gateway:problem:invalid-parameter")
                .containsKey("errors");
        assertThat(answer.body())
                .contains("\"identifiers\":[\"expected a JSON array of strings, not 7\"]")
                .contains("\"auto_enroll\":[\"expected true or false, not \\\"yes\\\"\"]");
        assertThat(lmsReceived()).isEmpty();
    }

    private HttpRequest.Builder json(String body) {
        return HttpRequest.newBuilder(uri(ENROLL))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
