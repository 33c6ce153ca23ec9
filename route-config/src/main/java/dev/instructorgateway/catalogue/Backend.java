package dev.instructorgateway.catalogue;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Open edX services a native handler may call. Each is a separately configured client, so a service
 * can move to another host as it is carved out of the LMS.
 */
public enum Backend {
    LMS_LEGACY("lms-legacy"),
    INSTRUCTOR_V2("instructor-v2"),
    ENROLLMENT("enrollment"),
    COURSE_MODES("course-modes"),
    COHORTS("cohorts"),
    DISCUSSION("discussion"),
    GRADES("grades"),
    PROCTORING("proctoring"),
    CERTIFICATES("certificates"),
    ORA_STAFF_GRADER("ora-staff-grader"),
    BULK_EMAIL_SCHEDULES("bulk-email-schedules"),
    COURSE_BLOCKS("course-blocks"),
    ACCOUNTS("accounts"),
    STUDIO("studio");

    private final String slug;

    Backend(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public static Optional<Backend> fromSlug(String slug) {
        return Arrays.stream(values()).filter(b -> b.slug.equals(slug)).findFirst();
    }
}
