package dev.instructorgateway.gateway.handlers.bulkemail;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.backends.Caller;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.gateway.handlers.Part;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A course's bulk emails, from two sources asked in parallel: the legacy {@code list_email_content} view, which
 * lists every bulk email task of the course (sent, and scheduled ones with their send time as {@code created}), and
 * the schedules API, which lists the emails still waiting to be sent with their schedule ids.
 *
 * <p>The history is required: it is the only list of sent emails. The schedules are an enrichment: without them
 * every email is still listed, but which are scheduled is unknown, so no email carries a {@code status} and the
 * answer carries a warning.
 *
 * <p>An email is keyed by its course email id ({@code email.id} in the history, {@code course_email.id} in a
 * schedule), the {@code email_id} of the unified routes; a scheduled email also names its {@code schedule_id}.
 */
@Component
class CourseEmails {

    static final String SENT = "sent";
    static final String SCHEDULED = "scheduled";

    /** The schedules API's largest page; a course rarely has more scheduled emails than one page holds. */
    private static final int SCHEDULES_PAGE_SIZE = 100;

    /** A bound on the pages read, against a schedules answer that never stops counting pages. */
    private static final int MAX_SCHEDULE_PAGES = 20;

    private final BackendClient legacy;
    private final BackendClient schedules;

    CourseEmails(BackendClients clients) {
        this.legacy = clients.get(Backend.LMS_LEGACY);
        this.schedules = clients.get(Backend.BULK_EMAIL_SCHEDULES);
    }

    /** The request's {@code email_id}, or a 400 when it is not a course email id (a positive whole number). */
    static long emailIdOf(NativeRequest request) {
        String emailId = request.path("email_id");
        try {
            long id = Long.parseLong(emailId);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ProblemException(
                ProblemType.INVALID_PARAMETER, "email_id: " + emailId + " (expected: a course email id, such as 41)");
    }

    /** Every email of the course, the history's order first, then scheduled emails the history lacks. */
    Mono<Listed> list(String courseKey, Caller caller) {
        return Mono.zip(history(courseKey, caller), Part.optional(scheduled(courseKey, caller), "status"))
                .map(parts -> merge(parts.getT1(), parts.getT2()));
    }

    /**
     * The emails still to be sent, by course email id: the first page, then the further pages it counts (at most
     * {@value #MAX_SCHEDULE_PAGES} pages in all), one after another.
     */
    Mono<Map<Long, JsonNode>> scheduled(String courseKey, Caller caller) {
        return schedulePage(courseKey, 1, caller)
                .flatMapMany(first -> {
                    int pages = Math.min(first.path("num_pages").asInt(1), MAX_SCHEDULE_PAGES);
                    return Flux.concat(
                            Mono.just(first),
                            Flux.range(2, Math.max(0, pages - 1))
                                    .concatMap(page -> schedulePage(courseKey, page, caller)));
                })
                .flatMapIterable(page -> page.path("results"))
                .collectMap(
                        schedule -> schedule.path("course_email").path("id").asLong(),
                        schedule -> schedule,
                        LinkedHashMap::new);
    }

    /** The sent history as the legacy view lists it (a read, though the view takes only POST). */
    Mono<List<JsonNode>> history(String courseKey, Caller caller) {
        return legacy.post("/courses/{}/instructor/api/list_email_content", courseKey)
                .form(Map.of())
                .readOnly()
                .json(caller)
                .map(answer -> {
                    List<JsonNode> emails = new ArrayList<>();
                    answer.path("emails").forEach(emails::add);
                    return emails;
                });
    }

    private Mono<JsonNode> schedulePage(String courseKey, int page, Caller caller) {
        return schedules
                .get("/api/instructor_task/v1/schedules/{}/bulk_email/", courseKey)
                .query("page", page)
                .query("page_size", SCHEDULES_PAGE_SIZE)
                .json(caller);
    }

    private static Listed merge(List<JsonNode> history, Part<Map<Long, JsonNode>> scheduled) {
        Map<Long, JsonNode> pending = new LinkedHashMap<>(scheduled.orElse(Map.of()));
        List<ObjectNode> emails = new ArrayList<>();
        for (JsonNode sent : history) {
            JsonNode email = sent.path("email");
            long id = email.path("id").asLong(0);
            ObjectNode item = BulkEmailItem.fromHistory(id, sent);
            JsonNode schedule = pending.remove(id);
            if (schedule != null) {
                BulkEmailItem.addSchedule(item, schedule);
            } else if (scheduled.present()) {
                item.put("status", SENT);
            }
            emails.add(item);
        }
        pending.values().forEach(schedule -> emails.add(BulkEmailItem.fromSchedule(schedule)));
        return new Listed(emails, scheduled);
    }

    /** The emails and whether the schedules were known. */
    record Listed(List<ObjectNode> emails, Part<Map<Long, JsonNode>> schedules) {

        Optional<ObjectNode> find(long id) {
            return emails.stream()
                    .filter(email -> email.path("id").asLong() == id)
                    .findFirst();
        }
    }
}
