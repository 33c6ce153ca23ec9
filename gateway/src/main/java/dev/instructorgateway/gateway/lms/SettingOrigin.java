package dev.instructorgateway.gateway.lms;

import java.util.Map;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Says where a setting came from, for the start-up log: an operator who sees the gateway call the wrong LMS
 * learns at once whether an environment variable, a system property or the built-in default decided it.
 */
final class SettingOrigin {

    private static final Map<String, String> KNOWN_SOURCES = Map.of(
            "systemEnvironment", "environment variable",
            "systemProperties", "system property",
            "commandLineArgs", "command-line argument");

    private SettingOrigin() {}

    /**
     * @param variable the environment variable name, such as {@code LMS_BASE_URL}
     * @param property the property it fills, such as {@code gateway.lms.base-url}
     */
    static String describe(ConfigurableEnvironment environment, String variable, String property) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.containsProperty(variable)) {
                return KNOWN_SOURCES.getOrDefault(source.getName(), source.getName()) + " " + variable;
            }
            if (source.containsProperty(property) && !isApplicationConfig(source)) {
                return KNOWN_SOURCES.getOrDefault(source.getName(), source.getName()) + " " + property;
            }
        }
        return "the built-in default; set " + variable + " to change it";
    }

    private static boolean isApplicationConfig(PropertySource<?> source) {
        return source.getName().contains("application.yaml") || source.getName().contains("application.yml");
    }
}
