package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;

/** The {@code exam_id} path variable: proctoring numbers its exams from 1. */
final class ExamId {

    private ExamId() {}

    static long of(NativeRequest request) {
        String value = request.path("exam_id");
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            id = 0;
        }
        if (id < 1) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER, "exam_id: " + value + " (expected: a whole number from 1)");
        }
        return id;
    }
}
