package dev.instructorgateway.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instructorgateway.catalogue.PathTemplate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegacyPathsTest {

    private static final PathTemplate VIEW = PathTemplate.parse("/courses/{course_key}/instructor/api/list_x");

    @Test
    void courseKeyKeepsPlusColonAndAt() {
        String path = LegacyPaths.expand(VIEW, Map.of("course_key", "ccx-v1:Org+Course+Run+ccx@2"));

        assertThat(path).isEqualTo("/courses/ccx-v1:Org+Course+Run+ccx@2/instructor/api/list_x");
    }

    @Test
    void deprecatedCourseKeySpansThreeSegmentsAsTheLmsPatternExpects() {
        String path = LegacyPaths.expand(VIEW, Map.of("course_key", "Org/Course/Run"));

        assertThat(path).isEqualTo("/courses/Org/Course/Run/instructor/api/list_x");
    }

    @Test
    void nonAsciiAndPercentAreEscapedOnce() {
        String path = LegacyPaths.expand(VIEW, Map.of("course_key", "Université/C%1/Run"));

        assertThat(path).isEqualTo("/courses/Universit%C3%A9/C%251/Run/instructor/api/list_x");
    }

    @Test
    void otherVariablesAreEscapedAsOneSegment() {
        PathTemplate exceptions = PathTemplate.parse(
                "/courses/{course_key}/instructor/api/generate_certificate_exceptions/{generate_for}");

        String path = LegacyPaths.expand(exceptions, Map.of("course_key", "course-v1:a+b+c", "generate_for", "a b/c"));

        assertThat(path).isEqualTo("/courses/course-v1:a+b+c/instructor/api/generate_certificate_exceptions/a%20b%2Fc");
    }
}
