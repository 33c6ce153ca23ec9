package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.instructorgateway.standin.DemoTokens;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A key set read from a URL follows a key rotation without a restart, and unknown key ids cannot make the
 * gateway fetch the set more than once per refresh interval.
 */
class JwksRotationTest extends GatewayHarness {

    private static final String JWKS_PATH = "/gateway-test/jwks.json";
    private static final String TASKS = UNIFIED + COURSE + "/instructor_tasks";
    private static final DemoTokens OLD_KEY = DemoTokens.generate("key-2025");
    private static final DemoTokens NEW_KEY = DemoTokens.generate("key-2026");

    private StubMapping keySet;

    @DynamicPropertySource
    static void readKeysFromAUrl(DynamicPropertyRegistry registry) {
        pointAtStandInExceptKeys(registry);
        registry.add("gateway.jwt.jwks-url", () -> SharedStandIn.get().baseUrl() + JWKS_PATH);
        registry.add("gateway.jwt.jwks-refresh", () -> "2s");
    }

    @AfterEach
    void removeKeySet() {
        lms().removeStub(keySet);
    }

    @Test
    void aRotatedKeyIsFetchedOnceTheIntervalHasPassedAndNotBefore() throws InterruptedException {
        publish(OLD_KEY.publicJwks());
        int oldKeyAccepted = status(OLD_KEY.token("instructor"));

        publish("{\"keys\": [" + keys(OLD_KEY) + ", " + keys(NEW_KEY) + "]}");
        int newKeyTooSoon = status(NEW_KEY.token("instructor"));
        Thread.sleep(2_100);
        int newKeyAfterInterval = status(NEW_KEY.token("instructor"));
        int unknownKeyRightAfter = status(DemoTokens.generate("key-made-up").token("instructor"));

        assertThat(oldKeyAccepted).isEqualTo(200);
        assertThat(newKeyTooSoon)
                .as("within the interval the set is not read again")
                .isEqualTo(401);
        assertThat(newKeyAfterInterval).isEqualTo(200);
        assertThat(unknownKeyRightAfter).isEqualTo(401);
        assertThat(lms().findAll(getRequestedFor(urlEqualTo(JWKS_PATH)))).hasSize(2);
    }

    private int status(String token) {
        return sendRaw(HttpRequest.newBuilder(uri(TASKS))
                        .header("Authorization", "JWT " + token)
                        .GET())
                .statusCode();
    }

    private void publish(String jwks) {
        if (keySet != null) {
            lms().removeStub(keySet);
        }
        keySet = lms().stubFor(get(urlEqualTo(JWKS_PATH))
                .atPriority(1)
                .willReturn(aResponse()
                        .withHeader("Content-Type", "application/json")
                        .withBody(jwks)));
    }

    private static String keys(DemoTokens key) {
        String jwks = key.publicJwks();
        return jwks.substring(jwks.indexOf('[') + 1, jwks.lastIndexOf(']'));
    }
}
