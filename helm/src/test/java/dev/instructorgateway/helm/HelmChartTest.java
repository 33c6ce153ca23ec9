package dev.instructorgateway.helm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The chart as an operator installs it, rendered offline: it lints clean, refuses to render without the settings
 * the gateway cannot start without, wires the settings, keys and probes into the container, and ships the
 * dashboard and the alert rules the gateway's own tests check against a live scrape.
 */
class HelmChartTest {

    private static final Path CHART = Path.of("instructor-gateway");
    private static final String JWKS = "{\"keys\": []}";

    @Test
    void theChartLintsCleanWithItsRequiredValues() {
        LintResult result = new Helm(CHART).lint().strict().call();

        assertThat(result.getMessages()).noneMatch(message -> message.contains("[ERROR]"));
        assertThat(result.isFailed()).isFalse();
    }

    @Test
    void renderingWithoutTheLmsOrTheKeysFailsNamingTheValue() {
        assertThatThrownBy(() -> new Helm(CHART).template().withName("gw").call())
                .hasMessageContaining("lms.baseUrl is required");
        assertThatThrownBy(() -> withLms(new Helm(CHART).template()).call())
                .hasMessageContaining("jwt.jwks or jwt.existingSecret is required");
    }

    @Test
    void theContainerGetsTheSettingsTheKeysAndTheProbes() {
        List<Map<String, Object>> manifests = render(withLms(new Helm(CHART).template())
                .set("jwt.jwks", JWKS)
                .set("jwt.issuer", "https://lms.example.com/oauth2")
                .set("env.BACKEND_RESPONSE_TIMEOUT", "15s"));

        Map<String, Object> container = container(manifests);
        Map<String, Object> env = env(container);
        assertThat(env)
                .containsEntry("LMS_BASE_URL", "https://lms.example.com")
                .containsEntry("STUDIO_BASE_URL", "https://studio.example.com")
                .containsEntry("GATEWAY_JWT_ISSUER", "https://lms.example.com/oauth2")
                .containsEntry("BACKEND_RESPONSE_TIMEOUT", "15s")
                .containsEntry("MANAGEMENT_SERVER_PORT", "8081");
        assertThat(String.valueOf(env.get("GATEWAY_JWT_JWKS")))
                .contains("secretKeyRef")
                .contains("gw-instructor-gateway-jwt");
        assertThat(path(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(path(container, "readinessProbe", "httpGet", "port")).isEqualTo("management");
        assertThat(path(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");

        Map<String, Object> secret = kind(manifests, "Secret");
        assertThat(path(secret, "stringData", "jwks")).isEqualTo(JWKS);
    }

    @Test
    void anOperatorsOwnSecretIsUsedAndNoSecretIsMade() {
        List<Map<String, Object>> manifests = render(withLms(new Helm(CHART).template())
                .set("jwt.existingSecret", "lms-jwt")
                .set("jwt.existingSecretKey", "JWT_PUBLIC_SIGNING_JWK_SET"));

        assertThat(manifests).noneMatch(manifest -> "Secret".equals(manifest.get("kind")));
        assertThat(String.valueOf(env(container(manifests)).get("GATEWAY_JWT_JWKS")))
                .contains("name=lms-jwt")
                .contains("key=JWT_PUBLIC_SIGNING_JWK_SET");
    }

    @Test
    void theDashboardAndTheAlertRulesShipAsTheGatewayTestsThem() throws IOException {
        List<Map<String, Object>> manifests = render(withLms(new Helm(CHART).template())
                .set("jwt.jwks", JWKS)
                .set("metrics.prometheusRule.enabled", true)
                .set("metrics.serviceMonitor.enabled", true));

        Map<String, Object> dashboard = kind(manifests, "ConfigMap");
        assertThat(path(dashboard, "metadata", "labels", "grafana_dashboard")).isEqualTo("1");
        assertThat(String.valueOf(path(dashboard, "data", "instructor-gateway.json"))
                        .strip())
                .isEqualTo(
                        Files.readString(CHART.resolve("files/dashboard.json")).strip());

        Map<String, Object> rules = kind(manifests, "PrometheusRule");
        assertThat(String.valueOf(path(rules, "spec", "groups")))
                .contains("InstructorGatewayRouteErrorBudgetBurn")
                .contains("InstructorGatewayCircuitOpen")
                .contains("{{ $labels.routeId }}");

        Map<String, Object> monitor = kind(manifests, "ServiceMonitor");
        assertThat(String.valueOf(path(monitor, "spec", "endpoints")))
                .contains("path=/actuator/prometheus")
                .contains("port=management");
    }

    @Test
    void everyVariableTheChartSetsIsOneTheReadmeDocuments() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String template = Files.readString(CHART.resolve("templates/deployment.yaml"));

        Matcher names = Pattern.compile("- name: ([A-Z][A-Z0-9_]+)").matcher(template);
        List<String> variables = new ArrayList<>();
        while (names.find()) {
            variables.add(names.group(1));
        }

        assertThat(variables).contains("LMS_BASE_URL", "GATEWAY_JWT_JWKS");
        assertThat(variables)
                .filteredOn(name -> !name.equals("JAVA_TOOL_OPTIONS"))
                .allSatisfy(name -> assertThat(readme).contains("`" + name + "`"));
    }

    private static TemplateCommand withLms(TemplateCommand template) {
        return template.withName("gw")
                .set("lms.baseUrl", "https://lms.example.com")
                .set("lms.studioBaseUrl", "https://studio.example.com");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> render(TemplateCommand template) {
        List<Map<String, Object>> manifests = new ArrayList<>();
        for (Object document : new Yaml().loadAll(template.call())) {
            if (document != null) {
                manifests.add((Map<String, Object>) document);
            }
        }
        return manifests;
    }

    private static Map<String, Object> kind(List<Map<String, Object>> manifests, String kind) {
        return manifests.stream()
                .filter(manifest -> kind.equals(manifest.get("kind")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " rendered"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> container(List<Map<String, Object>> manifests) {
        List<Map<String, Object>> containers = (List<Map<String, Object>>)
                path(kind(manifests, "Deployment"), "spec", "template", "spec", "containers");
        return containers.get(0);
    }

    /** The container's environment, each variable's value or its {@code valueFrom}. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(Map<String, Object> container) {
        Map<String, Object> env = new java.util.LinkedHashMap<>();
        for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
            env.put(
                    (String) variable.get("name"),
                    Objects.requireNonNullElse(variable.get("value"), variable.get("valueFrom")));
        }
        return env;
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            current = ((Map<String, Object>) current).get(key);
            if (current == null) {
                throw new AssertionError("nothing at " + String.join(".", keys));
            }
        }
        return current;
    }
}
