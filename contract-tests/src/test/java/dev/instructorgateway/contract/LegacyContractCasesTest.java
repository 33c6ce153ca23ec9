package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.catalogue.CatalogueRules;
import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.catalogue.ServedBy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The legacy routes' contract, case by case from {@code contracts/<route id>.yaml}: each case sends a unified
 * request to the gateway, then checks what the LMS received (method, path, content type and every field, nothing
 * more) and what the client got back (status, content type, body).
 */
class LegacyContractCasesTest extends GatewayOnStandInTest {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LOOKUP_PATHS = "/api/ora_staff_grader/initialize";

    @Test
    void everyLegacyEntryHasContractCasesWithAnLmsError() {
        List<String> legacyIds = RouteCatalogue.loadDefault(CatalogueRules.standalone()).entries().stream()
                .filter(e -> e.servedBy() == ServedBy.LEGACY)
                .map(RouteEntry::id)
                .toList();

        for (String id : legacyIds) {
            JsonNode contract = load(id);

            assertThat(contract).as("contracts/%s.yaml", id).isNotNull();
            assertThat(contract.path("cases")
                            .valueStream()
                            .anyMatch(c -> c.path("lms").has("answer")
                                    && c.path("lms")
                                                    .path("answer")
                                                    .path("status")
                                                    .asInt()
                                            >= 400))
                    .as("%s has a case where the LMS answers an error", id)
                    .isTrue();
        }
    }

    @TestFactory
    Stream<DynamicTest> legacyContracts() {
        return RouteCatalogue.loadDefault(CatalogueRules.standalone()).entries().stream()
                .filter(e -> e.servedBy() == ServedBy.LEGACY)
                .map(e -> load(e.id()))
                .filter(contract -> contract != null)
                .flatMap(contract -> contract.path("cases")
                        .valueStream()
                        .map(c -> DynamicTest.dynamicTest(
                                contract.path("route").asString() + ": "
                                        + c.path("name").asString(),
                                () -> run(contract.path("route").asString(), c))));
    }

    private void run(String route, JsonNode contract) throws Exception {
        lms().resetRequests();
        JsonNode expectedLms = contract.path("lms");
        StubMapping stub = expectedLms.has("answer") ? stubAnswer(expectedLms) : null;

        try {
            HttpResponse<String> answer = send(clientRequest(contract.path("request")));

            checkLmsReceived(expectedLms);
            checkAnswer(route, contract.path("response"), answer);
        } finally {
            if (stub != null) {
                lms().removeStub(stub);
            }
        }
    }

    private StubMapping stubAnswer(JsonNode expectedLms) {
        JsonNode answer = expectedLms.path("answer");
        ResponseDefinitionBuilder response =
                aResponse().withStatus(answer.path("status").asInt(200));
        if (answer.has("reason")) {
            response.withStatusMessage(answer.path("reason").asString());
        }
        answer.path("headers")
                .properties()
                .forEach(h -> response.withHeader(h.getKey(), h.getValue().asString()));
        if (answer.has("json")) {
            response.withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(answer.get("json")));
        } else if (answer.has("body")) {
            response.withBody(answer.path("body").asString());
        }

        return lms().stubFor(request(
                        expectedLms.path("method").asString(),
                        urlPathEqualTo(expectedLms.path("path").asString()))
                .atPriority(1)
                .willReturn(response));
    }

    private HttpRequest.Builder clientRequest(JsonNode request) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri(request.path("path").asString()));
        String method = request.path("method").asString();

        if (request.has("json")) {
            return builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(request.get("json"))));
        }
        if (request.has("multipart")) {
            String boundary = "case-" + UUID.randomUUID();
            return builder.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(method, HttpRequest.BodyPublishers.ofString(multipart(request.get("multipart"), boundary)));
        }
        return builder.method(method, HttpRequest.BodyPublishers.noBody());
    }

    private static String multipart(JsonNode parts, String boundary) {
        StringBuilder body = new StringBuilder();
        parts.properties().forEach(part -> {
            body.append("--").append(boundary).append("\r\n");
            JsonNode value = part.getValue();
            if (value.isObject()) {
                body.append("Content-Disposition: form-data; name=\"")
                        .append(part.getKey())
                        .append("\"; filename=\"")
                        .append(value.path("filename").asString())
                        .append("\"\r\nContent-Type: ")
                        .append(value.path("content-type").asString("text/csv"))
                        .append("\r\n\r\n")
                        .append(value.path("content").asString());
            } else {
                body.append("Content-Disposition: form-data; name=\"")
                        .append(part.getKey())
                        .append("\"\r\n\r\n")
                        .append(value.asString());
            }
            body.append("\r\n");
        });
        return body.append("--").append(boundary).append("--\r\n").toString();
    }

    private void checkLmsReceived(JsonNode expected) throws Exception {
        String path = expected.path("path").asString();
        List<LoggedRequest> calls = lmsReceived().stream()
                .filter(r -> URI.create(r.getUrl()).getRawPath().equals(path))
                .toList();
        assertThat(lmsReceived())
                .as("the LMS receives the legacy call and the lookups it needs, nothing else")
                .allSatisfy(r -> assertThat(URI.create(r.getUrl()).getRawPath()).isIn(path, LOOKUP_PATHS));
        if (expected.path("none").asBoolean(false)) {
            assertThat(calls).as("the LMS must not be called").isEmpty();
            return;
        }
        assertThat(calls).as("calls the LMS received at %s", path).hasSize(1);
        LoggedRequest call = calls.get(0);

        assertThat(call.getMethod().value())
                .as("method")
                .isEqualTo(expected.path("method").asString());
        if (expected.has("content-type")) {
            assertThat(MediaType.parseMediaType(call.getHeader("Content-Type"))
                            .toString()
                            .split(";")[0])
                    .as("content type")
                    .isEqualTo(expected.path("content-type").asString());
        }
        if (expected.has("query")) {
            assertThat(decodedPairs(URI.create(call.getUrl()).getRawQuery()))
                    .as("query")
                    .isEqualTo(expectedPairs(expected.get("query")));
        }
        if (expected.has("json")) {
            JSONAssert.assertEquals(
                    JSON.writeValueAsString(expected.get("json")), call.getBodyAsString(), JSONCompareMode.STRICT);
        }
        if (expected.has("form") || expected.has("files")) {
            boolean multipart = call.getHeader("Content-Type").startsWith("multipart/");
            Map<String, List<String>> received = multipart ? textParts(call) : decodedPairs(call.getBodyAsString());
            assertThat(received).as("form fields").isEqualTo(expectedPairs(expected.path("form")));
        }
        if (expected.has("files")) {
            for (Map.Entry<String, JsonNode> file : expected.get("files").properties()) {
                Request.Part part = call.getPart(file.getKey());

                assertThat(part).as("file part %s", file.getKey()).isNotNull();
                assertThat(part.getHeader("Content-Disposition").firstValue())
                        .contains(
                                "filename=\"" + file.getValue().path("filename").asString() + "\"");
                assertThat(part.getBody().asString())
                        .isEqualTo(file.getValue().path("content").asString());
            }
        }
    }

    private static void checkAnswer(String route, JsonNode expected, HttpResponse<String> answer) throws Exception {
        assertThat(answer.statusCode())
                .as("status; body was %s", answer.body())
                .isEqualTo(expected.path("status").asInt());
        assertThat(answer.headers().firstValue("X-Gateway-Route")).contains(route);
        if (expected.has("content-type")) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("").split(";")[0])
                    .as("content type")
                    .isEqualTo(expected.path("content-type").asString());
        }
        if (expected.has("json")) {
            JSONAssert.assertEquals(
                    JSON.writeValueAsString(expected.get("json")), answer.body(), JSONCompareMode.STRICT_ORDER);
        }
        if (expected.path("empty").asBoolean(false)) {
            assertThat(answer.body()).isEmpty();
        }
    }

    private static Map<String, List<String>> textParts(LoggedRequest call) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (Request.Part part : call.getParts()) {
            if (!part.getHeader("Content-Disposition").firstValue().contains("filename=")) {
                fields.computeIfAbsent(part.getName(), n -> new ArrayList<>())
                        .add(part.getBody().asString());
            }
        }
        return fields;
    }

    private static Map<String, List<String>> decodedPairs(String encoded) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            pairs.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return pairs;
    }

    private static Map<String, List<String>> expectedPairs(JsonNode fields) {
        Map<String, List<String>> pairs = new LinkedHashMap<>();
        fields.properties().forEach(field -> {
            List<String> values = new ArrayList<>();
            if (field.getValue().isArray()) {
                field.getValue().forEach(v -> values.add(v.asString()));
            } else {
                values.add(field.getValue().asString());
            }
            pairs.put(field.getKey(), values);
        });
        return pairs;
    }

    private static JsonNode load(String route) {
        String resource = "contracts/" + route + ".yaml";
        try (InputStream in = LegacyContractCasesTest.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : YAML.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
