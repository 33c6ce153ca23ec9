package dev.instructorgateway.contract;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Native handler tests against an LMS that serves {@code /api/instructor/v2}, which handlers then prefer. */
abstract class NativeHandlerV2Test extends NativeHandlerTest {

    @DynamicPropertySource
    static void lmsHasInstructorV2(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.lms-has-instructor-v2", () -> "true");
    }
}
