package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.BackendsProperties;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The course's page on the analytics dashboard (Insights). No Open edX API gives it: the LMS builds it from its
 * {@code ANALYTICS_DASHBOARD_URL} setting as {@code <url>/courses/<course key>} and only renders it into an HTML
 * message. The gateway builds it the same way from the same setting; without one, an LMS with instructor v2 is
 * asked for its course root, whose {@code analytics_dashboard_message} carries the link. Otherwise the
 * installation has no dashboard, which is a 404.
 */
@Component
class DashboardUrlHandler implements NativeHandler {

    private static final Pattern LINK = Pattern.compile("href\\s*=\\s*[\"']([^\"']+)[\"']");

    private final AnalyticsProperties analytics;
    private final BackendClient instructorV2;
    private final boolean lmsHasInstructorV2;

    DashboardUrlHandler(AnalyticsProperties analytics, BackendClients clients, BackendsProperties backends) {
        this.analytics = analytics;
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
        this.lmsHasInstructorV2 = backends.lmsHasInstructorV2();
    }

    @Override
    public String id() {
        return "analytics.dashboard-url.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        if (analytics.hasDashboard()) {
            return answer(analytics.dashboardUrl() + "/courses/" + request.courseKey(), "setting");
        }
        if (!lmsHasInstructorV2) {
            return Mono.error(notConfigured(request));
        }

        return CourseRoot.read(instructorV2, request)
                .flatMap(root -> link(root)
                        .map(url -> answer(url, Backend.INSTRUCTOR_V2.slug()))
                        .orElseGet(() -> Mono.error(notConfigured(request))));
    }

    private static Mono<ServerResponse> answer(String url, String source) {
        return ServerResponse.ok().bodyValue(Map.of("dashboard_url", url, "source", source));
    }

    private static Optional<String> link(JsonNode root) {
        JsonNode message = root.path("analytics_dashboard_message");
        if (!message.isString()) {
            return Optional.empty();
        }
        Matcher link = LINK.matcher(message.asString());
        return link.find() ? Optional.of(HtmlUtils.htmlUnescape(link.group(1))) : Optional.empty();
    }

    private static ProblemException notConfigured(NativeRequest request) {
        return new ProblemException(
                ProblemType.UNBACKED,
                HttpStatus.NOT_FOUND,
                "This installation has no analytics dashboard configured for " + request.courseKey()
                        + ": set ANALYTICS_DASHBOARD_URL to the Insights base URL, as in the LMS's own settings.",
                HttpHeaders.EMPTY,
                Map.of());
    }
}
