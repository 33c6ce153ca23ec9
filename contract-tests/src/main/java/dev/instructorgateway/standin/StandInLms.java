package dev.instructorgateway.standin;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

/**
 * An in-process stand-in for the Open edX LMS: WireMock on a loopback port, answering the legacy instructor
 * views and the REST APIs the gateway composes with the recorded answers under {@code standin/} on the class
 * path (demo course {@value #DEMO_COURSE}). Used by the demo launcher and by the contract tests; nothing starts
 * it unless asked.
 */
public final class StandInLms implements AutoCloseable {

    public static final String DEMO_COURSE = "course-v1:OpenedX+DemoX+Demo_Course";

    private final WireMockServer server;

    private StandInLms(WireMockServer server) {
        this.server = server;
    }

    /** Starts the stand-in on a free loopback port. */
    public static StandInLms start() {
        return start(0);
    }

    /** Starts the stand-in on the given loopback port (0 for any free one). */
    public static StandInLms start(int port) {
        WireMockConfiguration options = options()
                .bindAddress("127.0.0.1")
                .port(port)
                .usingFilesUnderClasspath("standin")
                .maxRequestJournalEntries(10_000)
                // Delayed answers wait off Jetty's request threads, and there are enough of those, so that answers
                // held back on purpose (a hanging LMS) never keep the stand-in from answering other requests.
                .containerThreads(200)
                .asynchronousResponseEnabled(true)
                .asynchronousResponseThreads(50);
        WireMockServer server = new WireMockServer(options);
        server.start();
        return new StandInLms(server);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The WireMock server, for tests that add answers or read what the LMS received. */
    public WireMockServer server() {
        return server;
    }

    @Override
    public void close() {
        server.stop();
    }
}
