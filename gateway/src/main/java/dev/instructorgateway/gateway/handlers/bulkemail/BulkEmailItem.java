package dev.instructorgateway.gateway.handlers.bulkemail;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One email as the unified API lists it: {@code id}, {@code status} ({@code sent} or {@code scheduled}),
 * {@code subject}, {@code html_message}, {@code sent_to}, {@code requester}, {@code created}, and for a sent email
 * {@code number_sent}, for a scheduled one {@code schedule_id}, {@code scheduled_for} and {@code targets}.
 */
final class BulkEmailItem {

    private BulkEmailItem() {}

    /** An email of the legacy history ({@code {created, sent_to, requester, email: {...}, number_sent}}). */
    static ObjectNode fromHistory(long id, JsonNode sent) {
        JsonNode email = sent.path("email");
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        if (id > 0) {
            item.put("id", id);
        } else {
            item.putNull("id");
        }
        item.set("subject", member(email, "subject"));
        item.set("html_message", member(email, "html_message"));
        item.set("sent_to", member(sent, "sent_to"));
        item.set("requester", member(sent, "requester"));
        item.set("created", member(sent, "created"));
        item.set("number_sent", member(sent, "number_sent"));
        return item;
    }

    /** A scheduled email the history does not list, from its schedule alone. */
    static ObjectNode fromSchedule(JsonNode schedule) {
        JsonNode email = schedule.path("course_email");
        ObjectNode item = JsonNodeFactory.instance.objectNode();
        item.put("id", email.path("id").asLong());
        item.set("subject", member(email, "subject"));
        item.set("html_message", member(email, "html_message"));
        item.set("sent_to", member(email, "targets"));
        item.set("requester", member(email, "sender"));
        item.putNull("created");
        addSchedule(item, schedule);
        return item;
    }

    /** Marks an email scheduled and adds what its schedule says; a scheduled email has sent nothing yet. */
    static void addSchedule(ObjectNode item, JsonNode schedule) {
        item.put("status", CourseEmails.SCHEDULED);
        item.remove("number_sent");
        item.put("schedule_id", schedule.path("id").asLong());
        item.set("scheduled_for", member(schedule, "task_due"));
        item.set("targets", member(schedule.path("course_email"), "targets"));
    }

    private static JsonNode member(JsonNode from, String name) {
        JsonNode value = from.get(name);
        return value == null ? NullNode.getInstance() : value;
    }
}
