package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.gateway.backends.BackendClient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Reads a list the LMS pages, one page after another, and folds each row into running totals as its page arrives,
 * so an answer about a 100,000-learner course takes the memory of one page. The LMS's next link is read for its
 * {@code cursor} (Django REST framework's cursor pagination, as the grades and enrollments APIs use) or its
 * {@code page}, and only that parameter is sent back to the same service: the gateway never follows a link to
 * wherever it points. The walk stops after a set number of pages and says that it did.
 */
final class PageWalk {

    /** The most rows the LMS gives in one page of the grades and enrollments lists. */
    static final int LMS_PAGE_SIZE = 100;

    private PageWalk() {}

    /** The parameter that asks the LMS for the page after the one read. */
    record NextPage(String name, String value) {}

    /**
     * What a walk found.
     *
     * @param pagesRead how many pages were folded in
     * @param cut whether the LMS had more pages when the walk stopped at its limit
     */
    record Walked<T>(T totals, int pagesRead, boolean cut) {}

    /**
     * @param fetch asks the LMS for a page: the first when given null, later ones with the next link's parameter
     * @param maxPages how many pages to read at most
     * @param totals the running totals, changed by {@code addRow} for each row in turn
     */
    static <T> Mono<Walked<T>> fold(
            Function<@Nullable NextPage, Mono<JsonNode>> fetch,
            int maxPages,
            T totals,
            BiConsumer<T, JsonNode> addRow) {
        return fetch.apply(null)
                .map(body -> new Page(1, body))
                .expand(page -> page.number() >= maxPages
                        ? Mono.empty()
                        : next(page.body())
                                .map(next -> fetch.apply(next).map(body -> new Page(page.number() + 1, body)))
                                .orElse(Mono.empty()))
                .reduce(new Walked<>(totals, 0, false), (walked, page) -> {
                    rows(page.body()).forEach(row -> addRow.accept(walked.totals(), row));
                    return new Walked<>(
                            walked.totals(), page.number(), next(page.body()).isPresent());
                });
    }

    /** The call, asking for the page after the one read when there is one. */
    static BackendClient.Call after(@Nullable NextPage next, BackendClient.Call call) {
        return next == null ? call : call.query(next.name(), next.value());
    }

    private record Page(int number, JsonNode body) {}

    private static JsonNode rows(JsonNode body) {
        return body.isArray() ? body : body.path("results");
    }

    static Optional<NextPage> next(JsonNode body) {
        JsonNode link = body.path("next");
        if (link.isMissingNode()) {
            link = body.path("pagination").path("next");
        }
        if (!link.isString() || link.asString().isBlank()) {
            return Optional.empty();
        }

        MultiValueMap<String, String> query =
                UriComponentsBuilder.fromUriString(link.asString()).build().getQueryParams();
        for (String name : new String[] {"cursor", "page"}) {
            String value = query.getFirst(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(new NextPage(name, UriUtils.decode(value, StandardCharsets.UTF_8)));
            }
        }
        return Optional.empty();
    }
}
