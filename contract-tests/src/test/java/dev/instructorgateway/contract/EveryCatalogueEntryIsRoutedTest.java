package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.catalogue.CatalogueRules;
import dev.instructorgateway.catalogue.LegacyCall;
import dev.instructorgateway.catalogue.LegacyEncoding;
import dev.instructorgateway.catalogue.RouteCatalogue;
import dev.instructorgateway.catalogue.RouteEntry;
import dev.instructorgateway.catalogue.ServedBy;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Drives every one of the catalogue's 90 endpoints through the gateway and checks who answered: legacy entries
 * reach their legacy view (method and path as the LMS expects); a native entry is answered by its handler, with a
 * 2xx or a 4xx of its own for the sample request, or a 501 where the LMS release lacks the capability (the stand-in
 * is a release without {@code /api/instructor/v2}); unbacked entries are answered by the gateway without a call to
 * the LMS.
 */
class EveryCatalogueEntryIsRoutedTest extends GatewayOnStandInTest {

    private static final Map<String, String> SAMPLE_VALUES = Map.ofEntries(
            Map.entry("course_key", COURSE),
            Map.entry("problem_id", "block-v1:OpenedX+DemoX+Demo_Course+type@problem+block@d1b2f3a4e5"),
            Map.entry("ora_id", "block-v1:OpenedX+DemoX+Demo_Course+type@openassessment+block@ora_essay1"),
            Map.entry("username", "audit_learner"),
            Map.entry("role_type", "staff"),
            Map.entry("mode_id", "honor"),
            Map.entry("cohort_id", "1"),
            Map.entry("topic_id", "course-wide-general"),
            Map.entry(
                    "extension_id",
                    "audit_learner,block-v1:OpenedX+DemoX+Demo_Course+type@sequential+block@week1_homework"),
            Map.entry("download_id", "OpenedX_DemoX_Demo_Course_grade_report_2026-11-30-1015.csv"),
            Map.entry("email_id", "7"),
            Map.entry("exam_id", "1"),
            Map.entry("certificate_id", "audit_learner"),
            Map.entry("submission_id", "8f2b6c1a-4d3e-4b7f-9a10-c5e2d7f81a01"));

    /** An upload route needs a file to get as far as the LMS; the others need nothing but the path. */
    private HttpRequest.Builder request(RouteEntry entry, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (entry.servedBy() != ServedBy.LEGACY || entry.requireLegacy().encoding() != LegacyEncoding.MULTIPART) {
            return request.method(entry.method().name(), HttpRequest.BodyPublishers.noBody());
        }
        String upload = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nada@example.com\r\n--b--\r\n";
        return request.header("Content-Type", "multipart/form-data; boundary=b")
                .method(entry.method().name(), HttpRequest.BodyPublishers.ofString(upload));
    }

    static Stream<RouteEntry> entries() {
        return RouteCatalogue.loadDefault(CatalogueRules.standalone()).entries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void entryIsServedByTheRouteNamedAfterIt(RouteEntry entry) {
        String path = entry.path().expand(SAMPLE_VALUES, (name, value) -> value);

        HttpResponse<String> answer = send(request(entry, path));

        assertThat(answer.headers().firstValue("X-Gateway-Route")).contains(entry.id());
        List<LoggedRequest> received = lmsReceived();
        switch (entry.servedBy()) {
            case LEGACY -> {
                LegacyCall legacy = entry.requireLegacy();
                String legacyPath = legacy.path().expand(SAMPLE_VALUES, (name, value) -> value);

                LoggedRequest legacyCall = received.get(received.size() - 1);
                assertThat(received)
                        .as("a lookup may come first; the legacy call is last")
                        .hasSizeBetween(1, 2);
                assertThat(legacyCall.getMethod().value())
                        .isEqualTo(legacy.method().name());
                assertThat(legacyCall.getUrl()).startsWith(legacyPath);
            }
            case NATIVE -> {
                if (answer.statusCode() == 501) {
                    assertThat(answer.body())
                            .as("only a capability this LMS release lacks is a 501")
                            .contains("urn:instructor-gateway:problem:unbacked")
                            .contains("LMS_HAS_INSTRUCTOR_V2");
                } else {
                    assertThat(answer.statusCode())
                            .as("the handler answers the sample request itself: %s", answer.body())
                            .isBetween(200, 499);
                }
            }
            case UNBACKED -> {
                assertThat(answer.statusCode()).isEqualTo(501);
                assertThat(answer.headers().firstValue("Content-Type")).contains("application/problem+json");
                assertThat(answer.body()).contains("cannot be served");
                assertThat(received).isEmpty();
            }
        }
    }
}
