package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** What kind of special exam an exam is, as the instructor API v2 names it in {@code exam_type}. */
enum ExamType {
    PROCTORED("proctored"),
    TIMED("timed"),
    PRACTICE("practice");

    private final String slug;

    ExamType(String slug) {
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    /** The {@code exam_type} filter a client sent: null when absent, a 400 when not a known type. */
    static @Nullable ExamType parse(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(values())
                .filter(type -> type.slug.equals(value.strip()))
                .findFirst()
                .orElseThrow(() -> new ProblemException(
                        ProblemType.INVALID_PARAMETER,
                        "exam_type: " + value + " (expected: proctored, timed or practice)"));
    }

    /**
     * The type of an exam as proctoring describes it: a practice exam is also marked proctored there, so the
     * practice flag is read first; an exam that is neither is a timed exam.
     */
    static ExamType of(JsonNode exam) {
        if (exam.path("is_practice_exam").asBoolean(false)) {
            return PRACTICE;
        }
        return exam.path("is_proctored").asBoolean(false) ? PROCTORED : TIMED;
    }
}
