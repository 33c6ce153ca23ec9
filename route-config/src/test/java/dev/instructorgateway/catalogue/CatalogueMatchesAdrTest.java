package dev.instructorgateway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CatalogueMatchesAdrTest {

    private static List<AdrTable.Row> adr;
    private static RouteCatalogue catalogue;

    @BeforeAll
    static void load() throws IOException {
        adr = AdrTable.read();
        catalogue = RouteCatalogue.loadDefault(CatalogueRules.standalone());
    }

    @Test
    void adrHasNinetyEndpointsInTwelveDomains() {
        assertThat(adr).hasSize(90);
        assertThat(adr.stream().map(AdrTable.Row::heading).distinct()).hasSize(12);
    }

    @Test
    void catalogueHasOneEntryPerAdrRowWithTheSameMethodPathAndStatus() {
        Map<String, RouteEntry> byEndpoint = catalogue.entries().stream()
                .collect(Collectors.toMap(e -> e.method() + " " + e.path(), Function.identity()));

        assertThat(catalogue.entries()).hasSize(90);
        for (AdrTable.Row row : adr) {
            RouteEntry entry = byEndpoint.get(row.method() + " " + row.path());

            assertThat(entry)
                    .as("catalogue entry for ADR row %s %s", row.method(), row.path())
                    .isNotNull();
            assertThat(entry.adr().status().slug())
                    .as("status of %s", entry.id())
                    .isEqualTo(row.status().toLowerCase(Locale.ROOT));
            assertThat(entry.domain().adrHeading())
                    .as("domain of %s", entry.id())
                    .isEqualTo(row.heading());
        }
    }

    @Test
    void catalogueKeepsTheAdrsExistingPathVerbatim() {
        Map<String, AdrTable.Row> byEndpoint =
                adr.stream().collect(Collectors.toMap(r -> r.method() + " " + r.path(), Function.identity()));

        for (RouteEntry entry : catalogue.entries()) {
            String existing =
                    byEndpoint.get(entry.method() + " " + entry.path()).existingPath();
            String expected = existing.equals("N/A") ? null : existing;

            assertThat(entry.adr().existingPath())
                    .as("ADR existing path of %s", entry.id())
                    .isEqualTo(expected);
        }
    }

    @Test
    void theSeedMismatchesAreCorrectedInTheCatalogue() {
        assertThat(legacyPath("ora.submissions.reset")).endsWith("/reset_student_attempts");
        assertThat(legacyPath("certificates.generation.bulk")).endsWith("/start_certificate_regeneration");
        assertThat(legacyPath("membership.enrollment.batch")).endsWith("/students_update_enrollment");
        assertThat(legacyPath("membership.enrollment.csv-upload")).endsWith("/register_and_enroll_students");
        assertThat(catalogue.find("bulk-email.templates.list").orElseThrow().servedBy())
                .isEqualTo(ServedBy.UNBACKED);
        assertThat(catalogue.find("special-exams.attempts.list").orElseThrow().servedBy())
                .isEqualTo(ServedBy.NATIVE);

        assertThat(catalogue.entries().stream()
                        .filter(e -> e.correction() != null)
                        .map(RouteEntry::id))
                .contains(
                        "ora.submissions.reset",
                        "certificates.generation.bulk",
                        "bulk-email.templates.list",
                        "special-exams.attempts.list",
                        "membership.enrollment.batch");
    }

    @Test
    void rowsTheAdrCallsMissingButTheLegacyApiServesAreLegacy() {
        List<String> existingInLegacy = List.of(
                "membership.enrollment.delete",
                "membership.roles.delete",
                "membership.beta-testers.delete",
                "membership.forum-members.delete",
                "student-admin.state.delete",
                "student-admin.problem-attempts.reset-all",
                "student-admin.problem.rescore-all",
                "certificates.allowlist.delete",
                "data-export.student-profiles.create",
                "course-info.mode-price.update",
                "membership.beta-testers.list",
                "extensions.list");

        for (String id : existingInLegacy) {
            RouteEntry entry = catalogue.find(id).orElseThrow();

            assertThat(entry.adr().status()).as(id).isEqualTo(AdrStatus.MISSING);
            assertThat(entry.servedBy()).as(id).isEqualTo(ServedBy.LEGACY);
        }
    }

    @Test
    void bundledAdrIsTheSharedSeed() throws IOException {
        Path shared = Path.of("../../shared/seed/ADR-0003-instructor-dashboard-rest-api.rst");
        assumeTrue(Files.exists(shared), "the shared seed is not beside this checkout");

        Path bundled = Path.of("src/test/resources/" + AdrTable.RESOURCE);

        assertThat(Files.readString(bundled)).isEqualTo(Files.readString(shared));
    }

    private static String legacyPath(String id) {
        return catalogue.find(id).orElseThrow().requireLegacy().path().toString();
    }
}
