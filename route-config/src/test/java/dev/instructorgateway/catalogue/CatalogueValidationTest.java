package dev.instructorgateway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueValidationTest {

    @Test
    void brokenCatalogueIsRejectedWithEveryErrorNamingItsEntry() {
        InputStream broken = getClass().getClassLoader().getResourceAsStream("catalogue/broken-routes.yaml");
        CatalogueRules rules = CatalogueRules.withHandlers(Set.of("cohorts.list", "analytics.summary.get"));

        InvalidCatalogueException rejection = catchThrowableOfType(
                InvalidCatalogueException.class, () -> RouteCatalogue.load(broken, "broken-routes.yaml", rules));

        assertThat(rejection.errors())
                .containsExactlyInAnyOrder(
                        "routes[cohorts.list].id: cohorts.list (expected: unique; it is used by an earlier entry too)",
                        "routes[cohorts.list-again].path: GET /api/instructor/v1/courses/{course_key}/cohorts"
                                + " (expected: a method and path no other entry has; routes[cohorts.list] has them"
                                + " too)",
                        "routes[cohorts.groups].path: GET"
                                + " /api/instructor/v1/courses/{course_key}/cohorts/groups/{group} (expected: not"
                                + " ambiguous with routes[cohorts.by-name]"
                                + " /api/instructor/v1/courses/{course_key}/cohorts/{name}/members; both match"
                                + " /api/instructor/v1/courses/x/cohorts/groups/members)",
                        "routes[cohorts.typo].native.handler: cohorts.lsit (expected: the id of a handler the"
                                + " gateway has)",
                        "routes[cohorts.typo].native.backends: mainframe (expected: [lms-legacy, instructor-v2,"
                                + " enrollment, course-modes, cohorts, discussion, grades, proctoring, certificates,"
                                + " ora-staff-grader, bulk-email-schedules, course-blocks, accounts, studio])",
                        "routes[membership.enrollment.create].legacy.path:"
                                + " courses/{course_key}/instructor/api/students_update_enrollment (expected: starts"
                                + " with one of [/courses/{course_key}/, /api/instructor/v1/tasks/,"
                                + " /api/instructor/v1/reports/])",
                        "routes[membership.roles.create].legacy.path:"
                                + " /courses/{course_key}/instructor/api//modify_access (expected: a path template"
                                + " that has no empty segment)",
                        "routes[membership.roles.list].legacy.path:"
                                + " /courses/{course_key}/instructor/api/list_course_role_members/{role} (expected:"
                                + " only variables of the unified path [course_key], not {role})",
                        "routes[membership.roles.list].legacy.encoding: form (expected: none or query, since a GET"
                                + " carries no body)",
                        "routes[membership.roles.list].legacy.fields.rolename: $path.role_type (expected: a"
                                + " variable of the unified path [course_key])",
                        "routes[membership.roles.list].legacy.fields.extra: $file.upload (expected: $file only"
                                + " with the multipart encoding)",
                        "routes[membership.roles.list].legacy.fields.who: $lookup.nobody (expected: a known"
                                + " lookup, one of [submission-learner])",
                        "routes[membership.roles.list].legacy.fields.how: $body.x|shout (expected: unknown"
                                + " transform |shout)",
                        "routes[membership.roles.list].legacy.response: mystery (expected: one of"
                                + " [email-task-status, extension-table, normalize, role-members, single-download,"
                                + " task-accepted])",
                        "routes[membership.roles.list].correction: (none) (expected: a correction, since the ADR"
                                + " marks it Missing but the legacy API serves it)",
                        "routes[extensions.delete].unbacked.reason: Nothing does this. Really nothing (expected:"
                                + " one sentence ending with a full stop)",
                        "routes[extensions.delete].correction: (none) (expected: a correction, since the ADR maps"
                                + " it to /courses/{course_id}/instructor/api/reset_due_date but it is served"
                                + " unbacked)",
                        "routes[analytics.summary.get].domain: analytix (expected: [course-info, membership,"
                                + " student-admin, cohorts, discussions, extensions, data-export, bulk-email,"
                                + " special-exams, certificates, ora, analytics])",
                        "routes[analytics.summary.get].method: FETCH (expected: GET, POST, PUT, PATCH or DELETE)",
                        "routes[analytics.summary.get].path: /api/instructor/v2/courses/{course_key}/summary"
                                + " (expected: starts with /api/instructor/v1/courses/{course_key})",
                        "routes[analytics.summary.get].adr.status: gone (expected: exists, partial or missing)",
                        "routes[analytics.summary.get].served: 2 of legacy/native/unbacked (expected: exactly one"
                                + " of them)");
        assertThat(rejection).hasMessageStartingWith("The route catalogue broken-routes.yaml has 22 error(s):");
    }

    @Test
    void unreadableCatalogueNamesWhereItStopped() {
        String yaml = "routes:\n  - id: a.b\n    colour: blue\n    domain: cohorts\n";

        assertThatThrownBy(() -> RouteCatalogue.load(stream(yaml), "inline", CatalogueRules.standalone()))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("routes[#1].colour: not readable (Unrecognized property \"colour\"");
    }

    @Test
    void emptyCatalogueIsRejected() {
        assertThatThrownBy(() -> RouteCatalogue.load(stream("routes: []\n"), "inline", CatalogueRules.standalone()))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("routes: (none)");
    }

    @Test
    void shippedCatalogueIsValid() {
        RouteCatalogue catalogue = RouteCatalogue.loadDefault(CatalogueRules.standalone());

        assertThat(catalogue.entries()).hasSize(90);
        assertThat(catalogue.byDomain()).hasSize(12);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
