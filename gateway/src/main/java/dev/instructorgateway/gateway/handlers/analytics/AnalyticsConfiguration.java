package dev.instructorgateway.gateway.handlers.analytics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the analytics settings, {@code gateway.analytics.*}, which the application configuration binds to
 * {@code ANALYTICS_DASHBOARD_URL} (the LMS's own name for the Insights URL), {@code ANALYTICS_MAX_GRADE_PAGES} and
 * {@code ANALYTICS_MAX_ENROLLMENT_PAGES}.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean
    AnalyticsProperties analyticsProperties(
            @Value("${gateway.analytics.dashboard-url:}") String dashboardUrl,
            @Value("${gateway.analytics.max-grade-pages:1000}") int maxGradePages,
            @Value("${gateway.analytics.max-enrollment-pages:1000}") int maxEnrollmentPages) {
        return new AnalyticsProperties(dashboardUrl, maxGradePages, maxEnrollmentPages);
    }
}
