package dev.instructorgateway.gateway.handlers.analytics;

/**
 * The analytics settings. The LMS has no API for the Insights address, so the gateway is told it the way the LMS
 * is; and the LMS only pages its grades and enrollments, so the gateway bounds how many pages one answer may read.
 *
 * @param dashboardUrl the analytics dashboard (Insights) base URL, as the LMS's own setting of the same name
 *     ({@code ANALYTICS_DASHBOARD_URL}, default empty: no dashboard)
 * @param maxGradePages how many pages of 100 learners' grades one performance answer reads at most
 *     ({@code ANALYTICS_MAX_GRADE_PAGES}, default 1000)
 * @param maxEnrollmentPages how many pages of 100 enrollments one enrollment count reads at most
 *     ({@code ANALYTICS_MAX_ENROLLMENT_PAGES}, default 1000)
 */
public record AnalyticsProperties(String dashboardUrl, int maxGradePages, int maxEnrollmentPages) {

    public AnalyticsProperties {
        dashboardUrl = dashboardUrl.strip();
        while (dashboardUrl.endsWith("/")) {
            dashboardUrl = dashboardUrl.substring(0, dashboardUrl.length() - 1);
        }
        if (!dashboardUrl.isEmpty() && !dashboardUrl.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException(
                    "ANALYTICS_DASHBOARD_URL: " + dashboardUrl + " (expected: an http or https URL, or empty)");
        }
        if (maxGradePages < 1) {
            throw new IllegalArgumentException(
                    "ANALYTICS_MAX_GRADE_PAGES: " + maxGradePages + " (expected: 1 or more)");
        }
        if (maxEnrollmentPages < 1) {
            throw new IllegalArgumentException(
                    "ANALYTICS_MAX_ENROLLMENT_PAGES: " + maxEnrollmentPages + " (expected: 1 or more)");
        }
    }

    public boolean hasDashboard() {
        return !dashboardUrl.isEmpty();
    }
}
