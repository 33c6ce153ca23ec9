package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.PageRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The learners' attempts at one special exam, a page at a time, each learner's latest attempt in the instructor API
 * v2's shape ({@code id, user, exam_id, exam_name, exam_type, status, start_time, end_time,
 * allowed_time_limit_mins, ready_to_resume}).
 *
 * <p>With v2 the LMS cuts the page. Without it, proctoring's grouped attempts of the course are the source: they
 * cover every exam, 25 to a proctoring page, so the pages are read one after the other and only this exam's
 * attempts that fall on the client's page are kept (the count is of all of them). The exam itself is looked up
 * alongside, so an unknown exam or one of another course is a 404. Both calls are required.
 */
@Component
class AttemptListHandler implements NativeHandler {

    private final ProctoredExams exams;
    private final BackendClient proctoring;
    private final BackendClient instructorV2;

    AttemptListHandler(ProctoredExams exams, BackendClients clients) {
        this.exams = exams;
        this.proctoring = clients.get(Backend.PROCTORING);
        this.instructorV2 = clients.get(Backend.INSTRUCTOR_V2);
    }

    @Override
    public String id() {
        return "special-exams.attempts.list";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        long examId = ExamId.of(request);
        PageRequest page = request.page();

        Mono<ObjectNode> answer =
                exams.fromV2() ? fromV2(request, examId, page) : fromProctoring(request, examId, page);
        return answer.flatMap(body -> ServerResponse.ok().bodyValue(body));
    }

    private Mono<ObjectNode> fromV2(NativeRequest request, long examId, PageRequest page) {
        return instructorV2
                .get(ProctoredExams.V2_COURSE + "/special_exams/{}/attempts", request.courseKey(), examId)
                .query("page", page.page())
                .query("page_size", page.pageSize())
                .json(request.caller())
                .onErrorMap(Answered.notFound(), error -> ProctoredExams.noSuchExam(request.courseKey(), examId))
                .map(backendPage -> {
                    List<JsonNode> results = new ArrayList<>();
                    backendPage.path("results").forEach(results::add);
                    return page.answer(backendPage.path("count").asLong(results.size()), results);
                });
    }

    private Mono<ObjectNode> fromProctoring(NativeRequest request, long examId, PageRequest page) {
        Mono<ObjectNode> exam = exams.find(request, examId);
        Mono<Window> window = groupedPage(request, 1)
                .expand(grouped -> hasNext(grouped)
                        ? groupedPage(
                                request,
                                grouped.path("pagination_info")
                                                .path("current_page")
                                                .asInt()
                                        + 1)
                        : Mono.empty())
                .concatMapIterable(grouped -> grouped.path("proctored_exam_attempts"))
                .filter(attempt -> attempt.path("proctored_exam").path("id").asLong() == examId)
                .collect(() -> new Window(page), Window::add);

        return Mono.zip(exam, window).map(both -> page.answer(both.getT2().count, both.getT2().kept));
    }

    private Mono<JsonNode> groupedPage(NativeRequest request, int number) {
        return proctoring
                .get(ProctoredExams.PROCTORING + "/attempt/grouped/course_id/{}", request.courseKey())
                .query("page", number)
                .json(request.caller());
    }

    /** Whether proctoring has a further page; a page that does not move forward ends the walk. */
    private static boolean hasNext(JsonNode grouped) {
        JsonNode info = grouped.path("pagination_info");
        int current = info.path("current_page").asInt(0);
        return info.path("has_next").asBoolean(false)
                && current >= 1
                && current < info.path("total_pages").asInt(0);
    }

    /** The v2 shape of one of proctoring's grouped attempts. */
    static ObjectNode attempt(JsonNode grouped) {
        JsonNode exam = grouped.path("proctored_exam");
        ObjectNode attempt = JsonNodeFactory.instance.objectNode();
        attempt.set("id", orNull(grouped.path("id")));
        ObjectNode user = attempt.putObject("user");
        user.set("id", orNull(grouped.path("user").path("id")));
        user.set("username", orNull(grouped.path("user").path("username")));
        user.set("email", orNull(grouped.path("user").path("email")));
        attempt.set("exam_id", orNull(exam.path("id")));
        attempt.set("exam_name", orNull(exam.path("exam_name")));
        attempt.put("exam_type", ExamType.of(exam).slug());
        attempt.set("status", orNull(grouped.path("status")));
        attempt.set("start_time", orNull(grouped.path("started_at")));
        attempt.set("end_time", orNull(grouped.path("completed_at")));
        attempt.set("allowed_time_limit_mins", orNull(grouped.path("allowed_time_limit_mins")));
        attempt.put("ready_to_resume", grouped.path("ready_to_resume").asBoolean(false));
        return attempt;
    }

    private static JsonNode orNull(JsonNode value) {
        return value.isMissingNode() ? JsonNodeFactory.instance.nullNode() : value;
    }

    /** Counts this exam's attempts and keeps those on the client's page, so no more than a page is held. */
    private static final class Window {

        private final PageRequest page;
        private final List<ObjectNode> kept = new ArrayList<>();
        private long count;

        Window(PageRequest page) {
            this.page = page;
        }

        void add(JsonNode grouped) {
            if (count >= page.offset() && count < page.offset() + page.pageSize()) {
                kept.add(attempt(grouped));
            }
            count++;
        }
    }
}
