package dev.instructorgateway.standin;

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
        Map<String, Object> standIn = Map.of("LMS_BASE_URL", lms.baseUrl(), "STUDIO_BASE_URL", lms.baseUrl());

        new SpringApplicationBuilder(InstructorGatewayApplication.class)
                .initializers((ConfigurableApplicationContext context) -> context.getEnvironment()
                        .getPropertySources()
                        .addFirst(new MapPropertySource("the stand-in LMS:", standIn)))
                .listeners((ApplicationReadyEvent ready) -> printWelcome(ready, lms))
                .run(args);
        Runtime.getRuntime().addShutdownHook(new Thread(lms::close, "stand-in-lms-stop"));
    }

    private static void printWelcome(ApplicationReadyEvent ready, StandInLms lms) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext())
                .getWebServer()
                .getPort();
        String courses = "http://localhost:" + port + "/api/instructor/v1/courses/" + StandInLms.DEMO_COURSE;

        log.info("""

                The instructor API gateway answers on http://localhost:{}, in front of a stand-in LMS at {}.
                Try:
                  curl -s '{}/instructor_tasks'
                  curl -s -X POST '{}/data_downloads/grade_report'
                Stop it with Ctrl+C.""", port, lms.baseUrl(), courses, courses);
    }
}
