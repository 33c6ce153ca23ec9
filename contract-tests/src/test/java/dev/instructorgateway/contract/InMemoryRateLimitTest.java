package dev.instructorgateway.contract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Rate limits kept in the gateway's own memory, the default. */
class InMemoryRateLimitTest extends ExpensiveActionRateLimitTest {

    @DynamicPropertySource
    static void limits(DynamicPropertyRegistry registry) {
        limitGradeReports(registry);
    }
}
