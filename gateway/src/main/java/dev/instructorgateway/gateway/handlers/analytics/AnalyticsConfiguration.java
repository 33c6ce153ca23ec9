package dev.instructorgateway.gateway.handlers.analytics;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Reads the analytics settings. Each is a {@code gateway.analytics.*} property that falls back to the environment
 * variable an Open edX operator already knows ({@code ANALYTICS_DASHBOARD_URL} is the LMS's own name), so the
 * variable works whether or not the application configuration maps it.
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
