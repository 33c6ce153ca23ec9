package dev.instructorgateway.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the value of one legacy LMS field comes from: {@code $body.identifiers|join} reads the client's JSON
 * member {@code identifiers} and joins the list the way the LMS splits it; a plain string is a literal.
 *
 * @param origin where the value is read
 * @param name the member, parameter, variable or lookup name; for a literal, the literal itself
 * @param transform how the value is turned into what the LMS parses, or null to pass it as it is
 */
public record FieldSource(
        Origin origin, String name, @Nullable Transform transform) {

    private static final Pattern REFERENCE = Pattern.compile("\\$([a-z]+)\\.([A-Za-z0-9_-]+)(?:\\|([a-z-]+))?");

    /** Where a field's value comes from. */
    public enum Origin {
        PATH,
        QUERY,
        BODY,
        FILE,
        LOOKUP,
        LITERAL;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** How a client value becomes the string a legacy view parses. */
    public enum Transform {
        /** A JSON array joined with commas (the LMS splits on commas and white space). */
        JOIN,
        /** A JSON boolean as {@code true}/{@code false}. */
        BOOL,
        /** A checkbox: the field is sent only when the JSON boolean is true. */
        FLAG,
        /** The value serialized as a JSON string inside the form field. */
        JSON,
        /** A JSON array sent as the same form field repeated once per item. */
        REPEAT,
        /** The learner part of an extension id {@code <learner>,<unit usage key>}. */
        LEARNER,
        /** The unit usage key part of an extension id {@code <learner>,<unit usage key>}. */
        BLOCK,
        /**
         * An ISO 8601 date-time, converted to UTC and sent as {@code yyyy-MM-dd HH:mm}: the LMS reads due dates as
         * UTC and would silently drop an offset.
         */
        UTC;

        public String slug() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Transform> fromSlug(String slug) {
            return Arrays.stream(values()).filter(t -> t.slug().equals(slug)).findFirst();
        }
    }

    /**
     * Parses a source expression.
     *
     * @throws IllegalArgumentException with the reason when the expression is malformed
     */
    public static FieldSource parse(String expression) {
        if (!expression.startsWith("$")) {
            return new FieldSource(Origin.LITERAL, expression, null);
        }

        var matcher = REFERENCE.matcher(expression);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not of the form $origin.name or $origin.name|transform");
        }
        Origin origin = Arrays.stream(Origin.values())
                .filter(o -> o != Origin.LITERAL && o.slug().equals(matcher.group(1)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown origin $" + matcher.group(1) + " (expected: $path, $query, $body, $file or $lookup)"));

        String transformName = matcher.group(3);
        Transform transform = null;
        if (transformName != null) {
            transform = Transform.fromSlug(transformName)
                    .orElseThrow(() -> new IllegalArgumentException("unknown transform |" + transformName));
        }
        return new FieldSource(origin, matcher.group(2), transform);
    }

    @Override
    public String toString() {
        if (origin == Origin.LITERAL) {
            return name;
        }
        return "$" + origin.slug() + "." + name + (transform == null ? "" : "|" + transform.slug());
    }
}
