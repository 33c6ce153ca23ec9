package dev.instructorgateway.gateway.handlers.discussions;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One discussion topic as the unified API shows it, whichever way the LMS holds it: every member is always
 * there, null where it does not apply or is not known.
 *
 * @param type {@code course_wide} for the topics of the course's {@code discussion_topics} setting, which this
 *     API can create, rename and delete; {@code courseware} for the topics of discussion components
 * @param category where a courseware topic sits in the course ("Week 1 / Homework"); null for course-wide ones
 * @param threadCounts the LMS's {@code thread_counts} ({@code discussion}, {@code question}), when it gave them
 */
record DiscussionTopic(
        String id,
        String name,
        String type,
        @Nullable String category,
        @Nullable JsonNode threadCounts) {

    static final String COURSE_WIDE = "course_wide";
    static final String COURSEWARE = "courseware";

    /** A course-wide topic as it stands in the setting, with no thread counts (the setting has none). */
    static DiscussionTopic courseWide(String id, String name) {
        return new DiscussionTopic(id, name, COURSE_WIDE, null, null);
    }

    ObjectNode toJson() {
        ObjectNode topic = JsonNodeFactory.instance.objectNode();
        topic.put("id", id);
        topic.put("name", name);
        topic.put("type", type);
        topic.put("category", category);
        topic.set("thread_counts", threadCounts == null ? JsonNodeFactory.instance.nullNode() : threadCounts);
        return topic;
    }
}
