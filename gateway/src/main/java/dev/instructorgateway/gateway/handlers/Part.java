package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.problem.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An optional part of a composed answer: its value, or a warning saying what is missing because the service
 * that holds it failed. A handler uses it for enrichments the answer can do without; a part the answer needs
 * stays a plain {@code Mono}, whose failure is the whole answer's problem.
 */
public record Part<T>(@Nullable T value, @Nullable String warning) {

    /** Never fails: a failure of {@code call} becomes a warning that begins with {@code what}. */
    public static <T> Mono<Part<T>> optional(Mono<T> call, String what) {
        return call.map(value -> new Part<T>(value, null))
                .onErrorResume(error -> Mono.just(new Part<>(null, what + " is missing: " + reason(error))));
    }

    public boolean present() {
        return value != null;
    }

    public T orElse(T fallback) {
        return value == null ? fallback : value;
    }

    /** Adds a {@code warnings} member listing the missing parts, when any part is missing. */
    public static ObjectNode warn(ObjectNode answer, Part<?>... parts) {
        List<String> warnings =
                Arrays.stream(parts).map(Part::warning).filter(Objects::nonNull).toList();
        if (!warnings.isEmpty()) {
            ArrayNode listed = answer.putArray("warnings");
            warnings.forEach(listed::add);
        }
        return answer;
    }

    private static String reason(Throwable error) {
        return error instanceof ProblemException problem
                ? problem.getMessage()
                : error.getClass().getSimpleName();
    }
}
