package dev.instructorgateway.gateway.lms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class SettingOriginTest {

    @Test
    void anEnvironmentVariableIsNamedAsSuch() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        "systemEnvironment", Map.of("LMS_BASE_URL", "https://lms.example.com")));

        String origin = SettingOrigin.describe(env, "LMS_BASE_URL", "gateway.lms.base-url");

        assertThat(origin).isEqualTo("environment variable LMS_BASE_URL");
    }

    @Test
    void theApplicationFilesPlaceholderIsTheBuiltInDefault() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove("systemEnvironment");
        env.getPropertySources()
                .addLast(new MapPropertySource(
                        "Config resource 'class path resource [application.yaml]' via location 'optional:classpath:/'",
                        Map.of("gateway.lms.base-url", "${LMS_BASE_URL:http://localhost:8000}")));

        String origin = SettingOrigin.describe(env, "LMS_BASE_URL", "gateway.lms.base-url");

        assertThat(origin).isEqualTo("the built-in default; set LMS_BASE_URL to change it");
    }

    @Test
    void aPropertySetElsewhereNamesItsSource() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources()
                .addFirst(new MapPropertySource("test overrides", Map.of("gateway.lms.base-url", "http://x")));

        String origin = SettingOrigin.describe(env, "LMS_BASE_URL", "gateway.lms.base-url");

        assertThat(origin).isEqualTo("test overrides gateway.lms.base-url");
    }
}
