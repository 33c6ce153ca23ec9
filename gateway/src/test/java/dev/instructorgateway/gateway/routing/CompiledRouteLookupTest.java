package dev.instructorgateway.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.gateway.InstructorGatewayApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.gateway.handler.RoutePredicateHandlerMapping;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

/**
 * The compiled lookup picks, for every catalogue route and for the requests around them (a trailing slash, another
 * method, an encoded course key, a path the catalogue lacks, paths outside the unified prefix), the route the
 * gateway's own lookup picks, and leaves the same path variables and matched pattern on the exchange.
 */
@SpringBootTest(
        classes = InstructorGatewayApplication.class,
        properties = {
            "gateway.jwt.secret=a-shared-secret-of-at-least-thirty-two-bytes",
            "gateway.lms.base-url=http://127.0.0.1:9",
            "gateway.lms.studio-base-url=http://127.0.0.1:9"
        })
class CompiledRouteLookupTest {

    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z_]+)}");
    private static final String COURSE = "course-v1:OpenedX+DemoX+Demo_Course";
    private static final String UNIFIED = "/api/instructor/v1/courses/";

    @Autowired
    RouteCatalogue catalogue;

    @Autowired
    RoutePredicateHandlerMapping gatewayLookup;

    @Autowired
    CompiledRouteLookup compiledLookup;

    @Test
    void picksTheRouteTheGatewayPicksForEveryRequestTried() {
        List<Request> requests = new ArrayList<>();
        for (RouteEntry entry : catalogue.entries()) {
            String path = samplePath(entry.path().toString());
            HttpMethod method = HttpMethod.valueOf(entry.method().name());
            requests.add(new Request(method, path));
            requests.add(new Request(method, path + "/"));
            requests.add(new Request(HttpMethod.PATCH, path));
            requests.add(new Request(HttpMethod.HEAD, path));
            requests.add(new Request(method, path.replace(COURSE, "course-v1%3AOpenedX%2BDemoX%2BDemo_Course")));
        }
        Stream.of(
                        UNIFIED + COURSE + "/no_such_thing",
                        UNIFIED + COURSE,
                        UNIFIED,
                        "/api/instructor/v1/courses",
                        "/courses/" + COURSE + "/instructor",
                        "/courses/" + COURSE + "/instructor/api/list_course_role_members",
                        "/",
                        "/api/instructor/v2/courses/" + COURSE)
                .forEach(path -> requests.add(new Request(HttpMethod.GET, path)));

        assertThat(requests).hasSizeGreaterThan(400);
        for (Request request : requests) {
            ServerWebExchange byGateway = request.exchange();
            ServerWebExchange byTable = request.exchange();
            gatewayLookup.getHandler(byGateway).block();
            Route route = compiledLookup.route(byTable).block();

            assertThat(route).as("%s", request).isNotNull();
            assertThat(route.getId())
                    .as("%s", request)
                    .isEqualTo(byGateway
                            .<Route>getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR)
                            .getId());
            assertThat(ServerWebExchangeUtils.getUriTemplateVariables(byTable))
                    .as("path variables of %s", request)
                    .isEqualTo(ServerWebExchangeUtils.getUriTemplateVariables(byGateway));
            assertThat(byTable.<String>getAttribute(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR))
                    .as("matched pattern of %s", request)
                    .isEqualTo(
                            byGateway.<String>getAttribute(ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR));
        }
    }

    @Test
    void catalogueRequestsGetTheirOwnRoute() {
        for (RouteEntry entry : catalogue.entries()) {
            ServerWebExchange exchange = new Request(
                            HttpMethod.valueOf(entry.method().name()),
                            samplePath(entry.path().toString()))
                    .exchange();

            Route route = compiledLookup.route(exchange).block();

            assertThat(route).isNotNull();
            assertThat(route.getId()).isEqualTo(entry.id());
        }
    }

    private static String samplePath(String template) {
        Matcher variable = VARIABLE.matcher(template);
        StringBuilder path = new StringBuilder();
        while (variable.find()) {
            String value = variable.group(1).equals("course_key") ? COURSE : "sample-" + variable.group(1);
            variable.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        return variable.appendTail(path).toString();
    }

    private record Request(HttpMethod method, String rawPath) {

        ServerWebExchange exchange() {
            return MockServerWebExchange.from(
                    MockServerHttpRequest.method(method, rawPath).build());
        }
    }
}
