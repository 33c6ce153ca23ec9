package dev.instructorgateway.gateway.handlers.analytics;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the course's learners are doing: how many have a grade, how many passed, the mean percent, the letter grades
 * and a histogram of percents in tenths. The LMS has no aggregate, only the grades API's per-learner list
 * ({@code GET /api/grades/v1/courses/{course_key}/}, cursor-paged over active enrollments), so the gateway reads it
 * 100 learners at a time, one page after another, folding each page into running totals; nothing grows with the
 * course. It stops after {@code ANALYTICS_MAX_GRADE_PAGES} pages and then says, in {@code complete} and a
 * warning, that the figures cover only the learners read. Every page is required: a failing page fails the answer
 * rather than giving figures over an unknown part of the course.
 */
@Component
class PerformanceHandler implements NativeHandler {

    private final BackendClient grades;
    private final int maxPages;

    PerformanceHandler(BackendClients clients, AnalyticsProperties analytics) {
        this.grades = clients.get(Backend.GRADES);
        this.maxPages = analytics.maxGradePages();
    }

    @Override
    public String id() {
        return "analytics.performance.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return PageWalk.fold(
                        next -> PageWalk.after(
                                        next,
                                        grades.get("/api/grades/v1/courses/{}/", request.courseKey())
                                                .query("page_size", PageWalk.LMS_PAGE_SIZE))
                                .json(request.caller()),
                        maxPages,
                        new GradeTotals(),
                        GradeTotals::add)
                .flatMap(walked -> {
                    ObjectNode answer = AnalyticsAnswer.about(request, Backend.GRADES.slug());
                    walked.totals().writeTo(answer);
                    Coverage.writeTo(answer, walked, "ANALYTICS_MAX_GRADE_PAGES", "learners' grades");
                    return ServerResponse.ok().bodyValue(answer);
                });
    }
}
