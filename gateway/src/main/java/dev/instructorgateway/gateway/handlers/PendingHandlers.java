package dev.instructorgateway.gateway.handlers;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.Set;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The native handlers the catalogue plans that are not written yet. Each answers 501 saying so; an id leaves
 * this list when its handler is written. Keeping the list explicit lets the catalogue check still catch a
 * mistyped handler id.
 */
public final class PendingHandlers {

    static final Set<String> IDS = Set.of(
            "course-info.info.get",
            "course-info.info.update",
            "course-info.modes.list",
            "membership.enrollment.list",
            "membership.roles.list",
            "student-admin.students.list",
            "student-admin.students.get",
            "cohorts.create",
            "cohorts.update",
            "cohorts.students.add",
            "cohorts.students.remove",
            "discussions.topics.list",
            "discussions.topics.create",
            "discussions.topics.update",
            "discussions.topics.delete",
            "discussions.settings.get",
            "discussions.settings.update",
            "data-export.downloads.create",
            "data-export.course-structure.create",
            "bulk-email.emails.list",
            "bulk-email.emails.get",
            "bulk-email.emails.delete",
            "special-exams.exams.list",
            "special-exams.exams.get",
            "special-exams.attempts.reset",
            "special-exams.attempts.list",
            "special-exams.proctoring-settings.get",
            "special-exams.proctoring-settings.update",
            "special-exams.allowance.create",
            "certificates.allowlist.list",
            "certificates.status.get",
            "ora.assessments.list",
            "ora.assessments.get",
            "ora.submissions.list",
            "ora.submissions.get",
            "ora.submissions.override-grade");

    private PendingHandlers() {}

    static NativeHandler handler(String id) {
        return new NativeHandler() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Mono<ServerResponse> handle(NativeRequest request) {
                return Mono.error(new ProblemException(
                        ProblemType.NOT_IMPLEMENTED,
                        "The gateway does not serve " + request.entry().method() + " "
                                + request.entry().path() + " yet: its built-in handler " + id
                                + " is still to be written."));
            }
        };
    }
}
