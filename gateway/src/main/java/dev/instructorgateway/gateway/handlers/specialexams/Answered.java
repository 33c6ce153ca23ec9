package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads a service's 4xx as a missing thing the client asked for, in the gateway's own words. */
final class Answered {

    private Answered() {}

    /** A service's problem with one of these statuses (any other failure passes by). */
    static Predicate<Throwable> withStatus(int... statuses) {
        return error -> error instanceof ProblemException problem
                && Arrays.stream(statuses).anyMatch(status -> problem.status().value() == status);
    }

    static Predicate<Throwable> notFound() {
        return withStatus(404);
    }

    static Function<Throwable, Throwable> as(String detail) {
        return error -> new ProblemException(ProblemType.NOT_FOUND, detail);
    }
}
