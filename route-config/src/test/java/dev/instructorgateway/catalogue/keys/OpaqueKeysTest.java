package dev.instructorgateway.catalogue.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpaqueKeysTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "course-v1:OpenedX+DemoX+Demo_Course",
                "course-v1:edX+DemoX+2024+branch@published",
                "course-v1:edX+DemoX+2024+version@0123abcd",
                "ccx-v1:edX+DemoX+2024+ccx@12",
                "OpenedX/DemoX/Demo_Course",
                "Université/Cours.1/2024~été"
            })
    void acceptsCourseKeysOfEveryForm(String key) {
        assertThat(OpaqueKeys.isCourseKey(key)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "course-v1:OpenedX+DemoX",
                "course-v1:Open edX+DemoX+Run",
                "OpenedX/DemoX",
                "OpenedX/DemoX/Run/extra",
                "../etc/passwd",
                "course-v1:a+b+c\r\nX-Injected: 1",
                ""
            })
    void refusesWhatIsNotACourseKey(String value) {
        assertThat(OpaqueKeys.isCourseKey(value)).isFalse();
    }

    @Test
    void acceptsUsageKeys() {
        assertThat(OpaqueKeys.isUsageKey("block-v1:OpenedX+DemoX+Demo_Course+type@problem+block@d1b2f3a4e5"))
                .isTrue();
        assertThat(OpaqueKeys.isUsageKey("i4x://OpenedX/DemoX/problem/d1b2f3a4e5"))
                .isTrue();
        assertThat(OpaqueKeys.isUsageKey("block-v1:OpenedX+DemoX+Demo_Course+type@problem"))
                .isFalse();
    }

    @Test
    void pathVariableMessagesNameTheParameterAndTheExpectedForm() {
        assertThat(OpaqueKeys.checkPathVariable("course_key", "not-a-key"))
                .contains("course_key: not-a-key (expected: course-v1:{org}+{course}+{run}, or"
                        + " {org}/{course}/{run} sent as {org}%2F{course}%2F{run})");
        assertThat(OpaqueKeys.checkPathVariable("problem_id", "x"))
                .contains("problem_id: x (expected: block-v1:{org}+{course}+{run}+type@{type}+block@{id})");
        assertThat(OpaqueKeys.checkPathVariable("course_key", "a".repeat(300)))
                .contains("course_key: 300 characters (expected: at most 255)");
        assertThat(OpaqueKeys.checkPathVariable("username", "anything")).isEmpty();
    }
}
