package dev.instructorgateway.gateway.handlers.courseinfo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * A course detail a client may change through {@code PUT /info}: its unified name, the field of Studio's course
 * details that holds it, and what values it takes. Dates are ISO 8601 date-times with an offset and travel to
 * Studio in UTC; {@code pacing} ({@code self} or {@code instructor}) is Studio's {@code self_paced} flag.
 */
enum EditableDetail {
    START("start", "start_date", Kind.DATE),
    END("end", "end_date", Kind.NULLABLE_DATE),
    ENROLLMENT_START("enrollment_start", "enrollment_start", Kind.NULLABLE_DATE),
    ENROLLMENT_END("enrollment_end", "enrollment_end", Kind.NULLABLE_DATE),
    CERTIFICATE_AVAILABLE_DATE("certificate_available_date", "certificate_available_date", Kind.NULLABLE_DATE),
    PACING("pacing", "self_paced", Kind.PACING),
    LANGUAGE("language", "language", Kind.TEXT),
    TITLE("title", "title", Kind.TEXT),
    SUBTITLE("subtitle", "subtitle", Kind.TEXT),
    SHORT_DESCRIPTION("short_description", "short_description", Kind.TEXT),
    DESCRIPTION("description", "description", Kind.TEXT),
    OVERVIEW("overview", "overview", Kind.TEXT),
    DURATION("duration", "duration", Kind.TEXT),
    EFFORT("effort", "effort", Kind.TEXT),
    INTRO_VIDEO("intro_video", "intro_video", Kind.TEXT);

    private final String unifiedName;
    private final String studioName;
    private final Kind kind;

    EditableDetail(String unifiedName, String studioName, Kind kind) {
        this.unifiedName = unifiedName;
        this.studioName = studioName;
        this.kind = kind;
    }

    String unifiedName() {
        return unifiedName;
    }

    String studioName() {
        return studioName;
    }

    static Optional<EditableDetail> named(String unifiedName) {
        return Arrays.stream(values())
                .filter(detail -> detail.unifiedName.equals(unifiedName))
                .findFirst();
    }

    static String names() {
        return Arrays.stream(values()).map(EditableDetail::unifiedName).collect(Collectors.joining(", "));
    }

    /** What Studio is sent for the client's value, or empty when the value breaks the rule. */
    Optional<JsonNode> toStudio(JsonNode value) {
        if (value.isNull()) {
            return kind == Kind.DATE || kind == Kind.PACING ? Optional.empty() : Optional.of(NullNode.getInstance());
        }
        if (!value.isString()) {
            return Optional.empty();
        }
        String text = value.asString();
        return switch (kind) {
            case DATE, NULLABLE_DATE -> Optional.ofNullable(utc(text)).map(JsonNodeFactory.instance::stringNode);
            case PACING ->
                text.equals("self") || text.equals("instructor")
                        ? Optional.of(BooleanNode.valueOf(text.equals("self")))
                        : Optional.empty();
            case TEXT -> Optional.of(value);
        };
    }

    /** Studio's value in the client's terms. */
    JsonNode fromStudio(JsonNode studioValue) {
        if (studioValue.isMissingNode()) {
            return NullNode.getInstance();
        }
        if (kind == Kind.PACING) {
            return JsonNodeFactory.instance.stringNode(studioValue.asBoolean(false) ? "self" : "instructor");
        }
        return studioValue;
    }

    /** The rule a value must follow, for the 400 answer's {@code (expected: ...)}. */
    String rule() {
        return switch (kind) {
            case DATE -> "an ISO 8601 date-time with an offset, such as 2026-09-01T00:00:00Z";
            case NULLABLE_DATE -> "an ISO 8601 date-time with an offset, such as 2026-09-01T00:00:00Z, or null";
            case PACING -> "self or instructor";
            case TEXT -> "a string or null";
        };
    }

    private static @Nullable String utc(String text) {
        try {
            return OffsetDateTime.parse(text)
                    .withOffsetSameInstant(ZoneOffset.UTC)
                    .toInstant()
                    .toString();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private enum Kind {
        DATE,
        NULLABLE_DATE,
        PACING,
        TEXT
    }
}
