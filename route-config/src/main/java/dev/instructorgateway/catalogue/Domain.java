package dev.instructorgateway.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** The twelve functional domains of ADR-0003, each with the slug used in route ids and metrics. */
public enum Domain {
    COURSE_INFO("course-info", "Course Information API"),
    MEMBERSHIP("membership", "Membership Management API"),
    STUDENT_ADMIN("student-admin", "Student Administration API"),
    COHORTS("cohorts", "Cohort Management API"),
    DISCUSSIONS("discussions", "Discussion Management API"),
    EXTENSIONS("extensions", "Extensions & Deadlines API"),
    DATA_EXPORT("data-export", "Data Export API"),
    BULK_EMAIL("bulk-email", "Bulk Email API"),
    SPECIAL_EXAMS("special-exams", "Special Exams API"),
    CERTIFICATES("certificates", "Certificates API"),
    ORA("ora", "Open Response Assessment API"),
    ANALYTICS("analytics", "Analytics API");

    private final String slug;
    private final String adrHeading;

    Domain(String slug, String adrHeading) {
        this.slug = slug;
        this.adrHeading = adrHeading;
    }

    public String slug() {
        return slug;
    }

    /** The section heading under which ADR-0003 lists this domain's endpoints. */
    public String adrHeading() {
        return adrHeading;
    }

    public static Optional<Domain> fromSlug(String slug) {
        return Arrays.stream(values()).filter(d -> d.slug.equals(slug)).findFirst();
    }
}
