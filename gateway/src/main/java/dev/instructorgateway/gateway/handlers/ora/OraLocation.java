package dev.instructorgateway.gateway.handlers.ora;

import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ORA a request names, checked against the course in its path. The staff grader API takes any usage key and
 * checks staff rights only deep inside the ORA block, so the gateway makes sure the key is an openassessment block
 * of the course whose role check the caller passed before it forwards the key.
 *
 * @param usageKey the ORA's usage key, as the staff grader's {@code oraLocation}
 */
record OraLocation(String usageKey) {

    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The request's {@code ora_id}, or a 400 when it is not an ORA of the request's course. */
    static OraLocation of(NativeRequest request) {
        String courseKey = request.courseKey();
        String oraId = request.path("ora_id");
        if (!isOraOf(courseKey, oraId)) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    "ora_id: " + oraId + " (expected: the usage key of an openassessment block of " + courseKey + ")");
        }
        return new OraLocation(oraId);
    }

    /** The request's {@code submission_id}, or a 400 when it is not a UUID (the staff grader keys by UUID). */
    static String submissionOf(NativeRequest request) {
        String submissionId = request.path("submission_id");
        if (!UUID.matcher(submissionId).matches()) {
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER,
                    "submission_id: " + submissionId + " (expected: a submission UUID such as"
                            + " 8f2b6c1a-4d3e-4b7f-9a10-c5e2d7f81a01)");
        }
        return submissionId.toLowerCase(Locale.ROOT);
    }

    private static boolean isOraOf(String courseKey, String usageKey) {
        if (courseKey.startsWith("course-v1:")) {
            return usageKey.startsWith(
                    "block-v1:" + courseKey.substring("course-v1:".length()) + "+type@openassessment+block@");
        }
        if (courseKey.startsWith("ccx-v1:")) {
            return usageKey.startsWith(
                    "ccx-block-v1:" + courseKey.substring("ccx-v1:".length()) + "+type@openassessment+block@");
        }
        return usageKey.startsWith("i4x://" + courseKey.substring(0, courseKey.lastIndexOf('/')) + "/openassessment/");
    }
}
