package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one pagination contract of every list the gateway serves: {@code page} (from 1) and {@code page_size}
 * (default 25, at most 100) in; {@code count}, {@code num_pages}, {@code current_page}, {@code next},
 * {@code previous} and {@code results} out, the links pointing back at the gateway.
 *
 * @param page the 1-based page asked for
 * @param pageSize how many results a page holds
 * @param self the request's own URI, from which the links are made
 */
public record PageRequest(int page, int pageSize, URI self) {

    public static final int DEFAULT_PAGE_SIZE = 25;
    public static final int MAX_PAGE_SIZE = 100;

    public static PageRequest of(ServerHttpRequest request) {
        int page = positive(request, "page", 1, Integer.MAX_VALUE);
        int pageSize = positive(request, "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        return new PageRequest(page, pageSize, request.getURI());
    }

    /** The index of the first result on this page. */
    public long offset() {
        return (long) (page - 1) * pageSize;
    }

    /** This page of a list the backend gave whole; a page past the end is a 404. */
    public ObjectNode slice(List<? extends JsonNode> all) {
        int from = (int) Math.min(offset(), all.size());
        int to = (int) Math.min(offset() + pageSize, all.size());
        return answer(all.size(), all.subList(from, to));
    }

    /** This page, when the backend already cut it: {@code count} is the whole list's length. */
    public ObjectNode answer(long count, List<? extends JsonNode> results) {
        long pages = Math.max(1, (count + pageSize - 1) / pageSize);
        if (page > pages) {
            throw new ProblemException(
                    ProblemType.PAGE_NOT_FOUND,
                    "page=" + page + " (expected: from 1 to " + pages + "; there are " + count + " results)");
        }

        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("count", count);
        answer.put("num_pages", pages);
        answer.put("current_page", page);
        answer.put("next", page < pages ? link(page + 1) : null);
        answer.put("previous", page > 1 ? link(page - 1) : null);
        answer.putArray("results").addAll(List.copyOf(results));
        return answer;
    }

    private String link(int target) {
        return UriComponentsBuilder.fromUri(self)
                .replaceQueryParam("page", target)
                .replaceQueryParam("page_size", pageSize)
                .build(true)
                .toUriString();
    }

    private static int positive(ServerHttpRequest request, String name, int fallback, int max) {
        @Nullable String value = request.getQueryParams().getFirst(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int number;
        try {
            number = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > max) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    name + "=" + value + " (expected: a whole number from 1 to "
                            + (max == Integer.MAX_VALUE ? "the last page" : max) + ")");
        }
        return number;
    }
}
