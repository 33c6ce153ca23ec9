package dev.instructorgateway.gateway.handlers.analytics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Running totals over learners' course grades, as the grades API gives them ({@code percent} from 0 to 1,
 * {@code passed}, {@code letter_grade} or null): what it holds does not grow with the number of learners, only
 * with the number of letter grades the course defines.
 */
final class GradeTotals {

    static final int BUCKETS = 10;

    private long learners;
    private long passed;
    private double percentSum;
    private long withoutLetter;
    private final Map<String, Long> letters = new TreeMap<>();
    private final long[] histogram = new long[BUCKETS];

    void add(JsonNode grade) {
        double percent = Math.max(0.0, Math.min(1.0, grade.path("percent").asDouble(0)));

        learners++;
        percentSum += percent;
        if (grade.path("passed").asBoolean(false)) {
            passed++;
        }

        JsonNode letter = grade.path("letter_grade");
        if (letter.isString() && !letter.asString().isBlank()) {
            letters.merge(letter.asString(), 1L, Long::sum);
        } else {
            withoutLetter++;
        }

        // A little slack so that a percent such as 0.7, stored as 0.69999..., lands in the 0.7 bucket.
        int bucket = (int) Math.floor(percent * BUCKETS + 1e-9);
        histogram[Math.min(bucket, BUCKETS - 1)]++;
    }

    /** Writes the totals into {@code answer}. */
    void writeTo(ObjectNode answer) {
        answer.put("learners", learners);
        answer.put("passed", passed);
        answer.put("pass_rate", learners == 0 ? null : round((double) passed / learners));
        answer.put("mean_percent", learners == 0 ? null : round(percentSum / learners));

        ObjectNode letterGrades = answer.putObject("letter_grades");
        letters.forEach(letterGrades::put);
        answer.put("without_letter_grade", withoutLetter);

        ArrayNode buckets = answer.putArray("histogram");
        for (int i = 0; i < BUCKETS; i++) {
            buckets.addObject()
                    .put("from", round((double) i / BUCKETS))
                    .put("to", round((double) (i + 1) / BUCKETS))
                    .put("learners", histogram[i]);
        }
    }

    private static Double round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
