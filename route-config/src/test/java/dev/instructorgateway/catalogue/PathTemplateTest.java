package dev.instructorgateway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PathTemplateTest {

    @Test
    void templatesWithTheSameShapeAreTheSameEndpoint() {
        PathTemplate extension = PathTemplate.parse("/c/{course_key}/extensions/{extension_id}");
        PathTemplate learner = PathTemplate.parse("/c/{course_key}/extensions/{username}");

        assertThat(extension.shape()).isEqualTo(learner.shape()).isEqualTo("/c/*/extensions/*");
    }

    @Test
    void aLiteralOutranksAVariableSoTheyAreNotAmbiguous() {
        PathTemplate generate = PathTemplate.parse("/c/{course_key}/certificates/allowlist");
        PathTemplate byId = PathTemplate.parse("/c/{course_key}/certificates/{certificate_id}");

        assertThat(generate.ambiguityWith(byId)).isEmpty();
        assertThat(byId.ambiguityWith(generate)).isEmpty();
    }

    @Test
    void crossedLiteralsAreAmbiguous() {
        PathTemplate first = PathTemplate.parse("/c/{a}/x");
        PathTemplate second = PathTemplate.parse("/c/y/{b}");

        assertThat(first.ambiguityWith(second)).contains("/c/y/x");
    }

    @Test
    void expandEncodesEachValueWithTheCallersEncoder() {
        PathTemplate legacy = PathTemplate.parse("/courses/{course_key}/instructor/api/get_issued_certificates/");

        String path = legacy.expand(Map.of("course_key", "Org/Course/Run"), (name, value) -> value);

        assertThat(path).isEqualTo("/courses/Org/Course/Run/instructor/api/get_issued_certificates/");
    }

    @Test
    void malformedTemplatesSayWhichRuleTheyBreak() {
        assertThatThrownBy(() -> PathTemplate.parse("/a/../b")).hasMessage("has no . or .. segment");
        assertThatThrownBy(() -> PathTemplate.parse("/a/{x}/{x}")).hasMessage("names each variable once");
        assertThatThrownBy(() -> PathTemplate.parse("/a?b=1")).hasMessage("carries no query or fragment");
        assertThatThrownBy(() -> PathTemplate.parse("/a/b c"))
                .hasMessage("has only literal and {variable} segments, unlike 'b c'");
    }
}
