package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jwt.PlainJWT;
import dev.instructorgateway.standin.DemoTokens;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of token, good and bad, through each of the three ways a client may send it: only good tokens
 * reach the LMS, and a refused one gets a 401 problem with a challenge that never echoes the token.
 */
class JwtAuthenticationTest extends GatewayOnStandInTest {

    private static final String TASKS = UNIFIED + COURSE + "/instructor_tasks";

    enum Transport {
        JWT_HEADER,
        BEARER_HEADER,
        COOKIE_PAIR
    }

    static Stream<Arguments> tokens() {
        DemoTokens key = SharedStandIn.tokens();
        DemoTokens stranger = DemoTokens.generate("unknown-key");
        Instant now = Instant.now();

        Stream<Supplier<Object[]>> cases = Stream.of(
                token("a valid RS512 token", true, () -> key.token("instructor")),
                token(
                        "a valid HS256 token",
                        true,
                        () -> DemoTokens.signShared(
                                DemoTokens.claims("instructor", Duration.ofHours(1))
                                        .build(),
                                DemoTokens.SHARED_SECRET.getBytes(StandardCharsets.UTF_8))),
                token(
                        "an expired token",
                        false,
                        () -> key.sign(
                                DemoTokens.claims("instructor", Duration.ofHours(1))
                                        .issueTime(Date.from(now.minusSeconds(7200)))
                                        .expirationTime(Date.from(now.minusSeconds(300)))
                                        .build(),
                                header -> header)),
                token(
                        "a token issued in the future",
                        false,
                        () -> key.sign(
                                DemoTokens.claims("instructor", Duration.ofHours(2))
                                        .issueTime(Date.from(now.plusSeconds(600)))
                                        .notBeforeTime(Date.from(now.plusSeconds(600)))
                                        .build(),
                                header -> header)),
                token(
                        "a token from another issuer",
                        false,
                        () -> key.sign(
                                DemoTokens.claims("instructor", Duration.ofHours(1))
                                        .issuer("https://evil.example.com/oauth2")
                                        .build(),
                                header -> header)),
                token(
                        "a token for another audience",
                        false,
                        () -> key.sign(
                                DemoTokens.claims("instructor", Duration.ofHours(1))
                                        .audience("ecommerce")
                                        .build(),
                                header -> header)),
                token(
                        "an unsigned token (alg none)",
                        false,
                        () -> new PlainJWT(
                                        new PlainHeader(),
                                        DemoTokens.claims("instructor", Duration.ofHours(1))
                                                .build())
                                .serialize()),
                token(
                        "an HS256 token keyed with the public key set (key confusion)",
                        false,
                        () -> DemoTokens.signShared(
                                DemoTokens.claims("instructor", Duration.ofHours(1))
                                        .build(),
                                key.publicJwks().getBytes(StandardCharsets.UTF_8))),
                token("a token whose signature was tampered with", false, () -> tamper(key.token("instructor"))),
                token("a token signed by an unknown key", false, () -> stranger.token("instructor")));

        return cases.flatMap(
                c -> Stream.of(Transport.values()).map(t -> Arguments.of(c.get()[0], c.get()[1], c.get()[2], t)));
    }

    @ParameterizedTest(name = "{0} sent as {3}")
    @MethodSource("tokens")
    void onlyGoodTokensReachTheLms(String description, boolean accepted, Supplier<String> token, Transport transport) {
        String jwt = token.get();

        HttpResponse<String> answer =
                sendRaw(withToken(HttpRequest.newBuilder(uri(TASKS)).GET(), jwt, transport));

        if (accepted) {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(lmsReceived()).hasSize(1);
            return;
        }
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(c -> assertThat(c).contains("JWT realm=").contains("Bearer realm="));
        assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(answer.body())
                .contains("urn:instructor-gateway:problem:unauthorized")
                .doesNotContain(jwt);
        assertThat(lmsReceived()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("credentialsThatAreNotJwts")
    void aRequestWithoutAJwtIs401(String description, String header, String value) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(TASKS)).GET();
        if (!header.isEmpty()) {
            request.header(header, value);
        }

        HttpResponse<String> answer = sendRaw(request);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(lmsReceived()).isEmpty();
    }

    static Stream<Arguments> credentialsThatAreNotJwts() {
        return Stream.of(
                Arguments.of("no credentials", "", ""),
                Arguments.of("only a session cookie", "Cookie", "sessionid=abc"),
                Arguments.of("half the cookie pair", "Cookie", "edx-jwt-cookie-header-payload=a.b"),
                Arguments.of("a Basic credential", "Authorization", "Basic dXNlcjpwYXNz"),
                Arguments.of("garbage after JWT", "Authorization", "JWT not-a-token"));
    }

    private static HttpRequest.Builder withToken(HttpRequest.Builder request, String jwt, Transport transport) {
        return switch (transport) {
            case JWT_HEADER -> request.header("Authorization", "JWT " + jwt);
            case BEARER_HEADER -> request.header("Authorization", "Bearer " + jwt);
            case COOKIE_PAIR -> {
                int lastDot = jwt.lastIndexOf('.');
                yield request.header(
                        "Cookie",
                        "edx-jwt-cookie-header-payload=" + jwt.substring(0, lastDot) + "; edx-jwt-cookie-signature="
                                + jwt.substring(lastDot + 1));
            }
        };
    }

    private static Supplier<Object[]> token(String description, boolean accepted, Supplier<String> token) {
        return () -> new Object[] {description, accepted, token};
    }

    private static String tamper(String jwt) {
        int lastDot = jwt.lastIndexOf('.');
        char first = jwt.charAt(lastDot + 1);
        return jwt.substring(0, lastDot + 1) + (first == 'A' ? 'B' : 'A') + jwt.substring(lastDot + 2);
    }
}
