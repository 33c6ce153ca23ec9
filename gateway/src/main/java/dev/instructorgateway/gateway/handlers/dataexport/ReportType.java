package dev.instructorgateway.gateway.handlers.dataexport;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reports a client may request by {@code report_type}: instructor v2's names for them, each with the legacy
 * instructor view that queues the same report. The issued certificates CSV has no legacy view that queues it (the
 * legacy view answers the CSV itself, served at {@code GET /certificates?csv=true}), so it needs instructor v2.
 */
enum ReportType {
    ENROLLED_STUDENTS("enrolled_students", "get_students_features/csv"),
    PENDING_ENROLLMENTS("pending_enrollments", "get_students_who_may_enroll"),
    PENDING_ACTIVATIONS("pending_activations", "get_enrolled_students_with_inactive_account"),
    ANONYMIZED_STUDENT_IDS("anonymized_student_ids", "get_anon_ids"),
    GRADE("grade", "calculate_grades_csv"),
    PROBLEM_GRADE("problem_grade", "problem_grade_report"),
    PROBLEM_RESPONSES("problem_responses", "get_problem_responses"),
    ORA2_SUMMARY("ora2_summary", "export_ora2_summary"),
    ORA2_DATA("ora2_data", "export_ora2_data"),
    ORA2_SUBMISSION_FILES("ora2_submission_files", "export_ora2_submission_files"),
    ISSUED_CERTIFICATES("issued_certificates", null);

    private final String slug;
    private final @Nullable String legacyView;

    ReportType(String slug, @Nullable String legacyView) {
        this.slug = slug;
        this.legacyView = legacyView;
    }

    String slug() {
        return slug;
    }

    /** The view under {@code /courses/{course_key}/instructor/api/} that queues this report, if one does. */
    Optional<String> legacyView() {
        return Optional.ofNullable(legacyView);
    }

    static Optional<ReportType> of(String slug) {
        return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
    }

    static String known(boolean withV2) {
        return String.join(
                ", ",
                Arrays.stream(values())
                        .filter(type -> withV2 || type.legacyView != null)
                        .map(ReportType::slug)
                        .toList());
    }
}
