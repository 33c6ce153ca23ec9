package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads a service's 404 as a missing thing the client asked for, with the gateway's own words for it. */
final class Answered {

    private Answered() {}

    static Predicate<Throwable> notFound() {
        return error ->
                error instanceof ProblemException problem && problem.status().value() == 404;
    }

    static Function<Throwable, Throwable> as(String detail) {
        return error -> new ProblemException(ProblemType.NOT_FOUND, detail);
    }
}
