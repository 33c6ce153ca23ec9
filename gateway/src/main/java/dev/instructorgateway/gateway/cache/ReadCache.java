package dev.instructorgateway.gateway.cache;

/** The kinds of read-mostly course data the gateway keeps, each its own cache with its own metrics. */
public enum ReadCache {
    COURSE_MODES("course-modes"),
    COURSE_STRUCTURE("course-structure"),
    COURSE_METADATA("course-metadata"),
    DISCUSSION_TOPICS("discussion-topics"),
    DISCUSSION_SETTINGS("discussion-settings"),
    COURSE_SECTIONS("course-sections");

    private final String metricName;

    ReadCache(String metricName) {
        this.metricName = metricName;
    }

    /** The {@code cache} tag of this cache's {@code cache.gets} and related meters. */
    public String metricName() {
        return metricName;
    }
}
