package dev.instructorgateway.gateway.lms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class LmsPropertiesTest {

    private static final URI STUDIO = URI.create("http://localhost:8001");

    @Test
    void aTrailingSlashIsDropped() {
        LmsProperties lms = new LmsProperties(URI.create("https://lms.example.com/"), STUDIO);

        assertThat(lms.baseUrl()).hasToString("https://lms.example.com");
    }

    @Test
    void aUrlWithAPathIsRefusedWithWhatToFix() {
        assertThatThrownBy(() -> new LmsProperties(URI.create("https://example.com/lms"), STUDIO))
                .hasMessage("LMS_BASE_URL: https://example.com/lms (expected: an http or https URL with a host and"
                        + " no path, such as https://lms.example.com)");
    }

    @Test
    void aUrlWithoutSchemeIsRefused() {
        assertThatThrownBy(() -> new LmsProperties(URI.create("lms.example.com"), STUDIO))
                .hasMessageStartingWith("LMS_BASE_URL: lms.example.com (expected:");
    }
}
