package dev.instructorgateway.catalogue.keys;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks path values against the grammar of Open edX opaque keys before anything is sent to the LMS, so a
 * malformed key is refused with a message that says what a key looks like instead of reaching a Django view.
 *
 * <p>Course keys are {@code course-v1:{org}+{course}+{run}} (with optional {@code +branch@} and
 * {@code +version@} parts), CCX keys {@code ccx-v1:...+ccx@N}, or the deprecated {@code {org}/{course}/{run}},
 * which a client sends in one path segment as {@code {org}%2F{course}%2F{run}}. Usage keys are
 * {@code block-v1:{org}+{course}+{run}+type@{type}+block@{id}} or the deprecated
 * {@code i4x://{org}/{course}/{category}/{name}}.
 */
public final class OpaqueKeys {

    /** The longest key the LMS stores (its key columns are 255 characters). */
    public static final int MAX_LENGTH = 255;

    private static final String ID = "[\\w\\-~.:]+";
    private static final String DEPRECATED_ID = "[\\w\\-~.:%]+";
    private static final String COURSE_PARTS =
            ID + "\\+" + ID + "\\+" + ID + "(?:\\+branch@" + ID + ")?(?:\\+version@[a-f0-9]+)?";

    private static final Pattern COURSE_KEY = Pattern.compile(
            "(?:course-v1:" + COURSE_PARTS + ")"
                    + "|(?:ccx-v1:" + COURSE_PARTS + "\\+ccx@\\d+)"
                    + "|(?:" + DEPRECATED_ID + "/" + DEPRECATED_ID + "/" + DEPRECATED_ID + ")",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern USAGE_KEY = Pattern.compile(
            "(?:(?:block-v1|ccx-block-v1):" + COURSE_PARTS
                    + "(?:\\+ccx@\\d+)?\\+type@" + ID + "\\+block@" + ID + ")"
                    + "|(?:i4x://" + DEPRECATED_ID + "/" + DEPRECATED_ID + "/" + ID + "/" + DEPRECATED_ID + ")",
            Pattern.UNICODE_CHARACTER_CLASS);

    private static final String COURSE_KEY_FORM =
            "course-v1:{org}+{course}+{run}, or {org}/{course}/{run} sent as {org}%2F{course}%2F{run}";
    private static final String USAGE_KEY_FORM = "block-v1:{org}+{course}+{run}+type@{type}+block@{id}";

    private OpaqueKeys() {}

    public static boolean isCourseKey(String value) {
        return value.length() <= MAX_LENGTH && COURSE_KEY.matcher(value).matches() && !hasDotSegment(value);
    }

    public static boolean isUsageKey(String value) {
        return value.length() <= MAX_LENGTH && USAGE_KEY.matcher(value).matches() && !hasDotSegment(value);
    }

    /** A deprecated key's parts may contain dots, but a part of only dots would walk up a path. */
    private static boolean hasDotSegment(String value) {
        for (String part : value.split("/", -1)) {
            if (part.equals(".") || part.equals("..")) {
                return true;
            }
        }
        return false;
    }

    /** True for the unified path variables that hold a course key or a usage key. */
    public static boolean holdsKey(String variable) {
        return KeyKind.of(variable) != KeyKind.NONE;
    }

    /**
     * Checks a unified path variable that holds a key. Variables that hold no key pass.
     *
     * @return what is wrong, in the form {@code name: value (expected: form)}, or empty when the value is fine
     */
    public static Optional<String> checkPathVariable(String name, String value) {
        KeyKind kind = KeyKind.of(name);
        if (kind == KeyKind.NONE) {
            return Optional.empty();
        }

        String expected = kind == KeyKind.COURSE ? COURSE_KEY_FORM : USAGE_KEY_FORM;
        if (value.length() > MAX_LENGTH) {
            return Optional.of(name + ": " + value.length() + " characters (expected: at most " + MAX_LENGTH + ")");
        }
        boolean valid = kind == KeyKind.COURSE ? isCourseKey(value) : isUsageKey(value);
        return valid ? Optional.empty() : Optional.of(name + ": " + value + " (expected: " + expected + ")");
    }

    /** Which kind of key a unified path variable holds, by its name. */
    enum KeyKind {
        COURSE,
        USAGE,
        NONE;

        static KeyKind of(String variable) {
            return switch (variable) {
                case "course_key" -> COURSE;
                case "problem_id", "ora_id" -> USAGE;
                default -> NONE;
            };
        }
    }
}
