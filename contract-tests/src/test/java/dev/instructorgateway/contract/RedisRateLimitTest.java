package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instructorgateway.gateway.InstructorGatewayApplication;
import dev.instructorgateway.standin.DemoTokens;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rate limits shared through a real Redis server: the same checks as in memory, and a second replica that sees
 * the allowance the first one used up (started first, so that its start-up does not outlast the refill period).
 */
class RedisRateLimitTest extends ExpensiveActionRateLimitTest {

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        limitGradeReports(registry);
        registry.add("gateway.rate-limit.redis-url", () -> LocalRedis.get().url());
    }

    @Test
    void aSecondReplicaRefusesWhatTheFirstUsedUp() {
        try (ConfigurableApplicationContext replica = secondReplica()) {
            int port = ((WebServerApplicationContext) replica).getWebServer().getPort();
            gradeReport("ada");
            gradeReport("ada");

            int status = sendRaw(
                            HttpRequest.newBuilder(uri(GRADE_REPORT).resolve("http://127.0.0.1:" + port + GRADE_REPORT))
                                    .header(
                                            "Authorization",
                                            "JWT " + SharedStandIn.tokens().token("ada"))
                                    .POST(HttpRequest.BodyPublishers.noBody()))
                    .statusCode();

            assertThat(status).isEqualTo(429);
        }
    }

    private static ConfigurableApplicationContext secondReplica() {
        Map<String, String> settings = Map.of(
                "server.port",
                "0",
                "management.server.port",
                "0",
                "gateway.lms.base-url",
                SharedStandIn.get().baseUrl(),
                "gateway.lms.studio-base-url",
                SharedStandIn.get().baseUrl(),
                "gateway.jwt.jwks",
                SharedStandIn.tokens().publicJwks(),
                "gateway.jwt.issuer",
                DemoTokens.ISSUER,
                "gateway.jwt.audiences",
                DemoTokens.AUDIENCE,
                "gateway.rate-limit.routes",
                "data-export.grade-report.create",
                "gateway.rate-limit.requests",
                "2",
                "gateway.rate-limit.period",
                "3s");
        String[] arguments = settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(InstructorGatewayApplication.class)
                .run(Stream.concat(
                                Stream.of(arguments),
                                Stream.of("--gateway.rate-limit.redis-url="
                                        + LocalRedis.get().url()))
                        .toArray(String[]::new));
    }
}
