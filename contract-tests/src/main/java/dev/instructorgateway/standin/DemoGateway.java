package dev.instructorgateway.standin;

import com.github.tomakehurst.wiremock.client.WireMock;
import dev.instructorgateway.gateway.InstructorGatewayApplication;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the stand-in LMS, then the gateway in front of it, and prints a request to try. This is the
 * embedded default a newcomer runs: it needs no Open edX. {@code STANDIN_PORT} fixes the stand-in's port.
 */
public final class DemoGateway {

    private static final Logger log = LoggerFactory.getLogger(DemoGateway.class);

    private DemoGateway() {}

    public static void main(String[] args) {
        StandInLms lms = StandInLms.start(Integer.parseInt(System.getenv().getOrDefault("STANDIN_PORT", "0")));
        DemoTokens tokens = DemoTokens.generate("demo-key");
        String token = tokens.token("instructor");
        answerAsCourseInstructor(lms, token);
        Map<String, Object> standIn = Map.of(
                "LMS_BASE_URL", lms.baseUrl(),
                "STUDIO_BASE_URL", lms.baseUrl(),
                "GATEWAY_JWT_JWKS", tokens.publicJwks(),
                "GATEWAY_JWT_ISSUER", DemoTokens.ISSUER,
                "GATEWAY_JWT_AUDIENCE", DemoTokens.AUDIENCE);

        new SpringApplicationBuilder(InstructorGatewayApplication.class)
                .initializers((ConfigurableApplicationContext context) -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("the stand-in LMS:", standIn)))
                .listeners((ApplicationReadyEvent ready) -> printWelcome(ready, lms, token))
                .run(args);
        Runtime.getRuntime().addShutdownHook(new Thread(lms::close, "stand-in-lms-stop"));
    }

    /**
     * The stand-in's roles API answers every caller as course staff; the demo instructor's own token gets the
     * instructor role too, so that the endpoints only instructors may use (the course team) answer in the demo.
     */
    private static void answerAsCourseInstructor(StandInLms lms, String token) {
        String roles = "{\"roles\": [{\"org\": \"OpenedX\", \"course_id\": \"" + StandInLms.DEMO_COURSE
                + "\", \"role\": \"instructor\"}, {\"org\": \"OpenedX\", \"course_id\": \""
                + StandInLms.DEMO_COURSE + "\", \"role\": \"staff\"}], \"is_staff\": false}";
        lms.server()
                .stubFor(WireMock.get(WireMock.urlPathEqualTo("/api/enrollment/v1/roles/"))
                        .withHeader("Authorization", WireMock.equalTo("JWT " + token))
                        .atPriority(1)
                        .willReturn(WireMock.okJson(roles)));
    }

    private static void printWelcome(ApplicationReadyEvent ready, StandInLms lms, String token) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext())
                .getWebServer()
                .getPort();
        String courses = "http://localhost:" + port + "/api/instructor/v1/courses/" + StandInLms.DEMO_COURSE;

        log.info("""

                The instructor API gateway answers on http://localhost:{}, in front of a stand-in LMS at {}.
                A token for the demo instructor, valid for eight hours:
                  TOKEN={}
                Try:
                  curl -s -H "Authorization: JWT $TOKEN" '{}/cohorts'
                  curl -s -H "Authorization: JWT $TOKEN" '{}/info'
                  curl -s -H "Authorization: JWT $TOKEN" '{}/instructor_tasks'
                  curl -s -H "Authorization: JWT $TOKEN" -X POST '{}/data_downloads/grade_report'
                Stop it with Ctrl+C.""", port, lms.baseUrl(), token, courses, courses, courses, courses);
    }
}
