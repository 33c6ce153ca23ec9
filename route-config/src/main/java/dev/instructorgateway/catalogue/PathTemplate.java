package dev.instructorgateway.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A path such as {@code /api/instructor/v1/courses/{course_key}/students/{username}}: literal segments and
 * whole-segment variables. Templates are compared by shape, so {@code /a/{x}} and {@code /a/{y}} are the
 * same endpoint.
 */
public final class PathTemplate {

    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9_.~-]+");
    private static final Pattern VARIABLE = Pattern.compile("\\{([a-z][a-z0-9_]*)}");

    private final String text;
    private final List<Segment> segments;

    private PathTemplate(String text, List<Segment> segments) {
        this.text = text;
        this.segments = List.copyOf(segments);
    }

    /**
     * Parses a template.
     *
     * @throws IllegalArgumentException whose message is the rule the text breaks, such as "starts with /"
     */
    public static PathTemplate parse(String text) {
        if (!text.startsWith("/")) {
            throw new IllegalArgumentException("starts with /");
        }
        if (text.contains("?") || text.contains("#")) {
            throw new IllegalArgumentException("carries no query or fragment");
        }

        String body = text.endsWith("/") ? text.substring(1, text.length() - 1) : text.substring(1);
        List<Segment> segments = new ArrayList<>();
        for (String part : body.split("/", -1)) {
            segments.add(Segment.parse(part));
        }

        long distinct = segments.stream()
                .filter(Segment::isVariable)
                .map(Segment::value)
                .distinct()
                .count();
        if (distinct != segments.stream().filter(Segment::isVariable).count()) {
            throw new IllegalArgumentException("names each variable once");
        }
        return new PathTemplate(text, segments);
    }

    public List<Segment> segments() {
        return segments;
    }

    /** The variable names, in order of appearance. */
    public List<String> variables() {
        return segments.stream().filter(Segment::isVariable).map(Segment::value).toList();
    }

    public boolean hasTrailingSlash() {
        return text.length() > 1 && text.endsWith("/");
    }

    /** The template with every variable name replaced by {@code *}: equal shapes serve equal paths. */
    public String shape() {
        return "/"
                + segments.stream().map(s -> s.isVariable() ? "*" : s.value()).collect(Collectors.joining("/"))
                + (hasTrailingSlash() ? "/" : "");
    }

    /**
     * A path both templates would match, if there is one and neither template is more specific than the
     * other at every segment, so a router could not tell which one was meant.
     */
    public Optional<String> ambiguityWith(PathTemplate other) {
        if (segments.size() != other.segments.size() || hasTrailingSlash() != other.hasTrailingSlash()) {
            return Optional.empty();
        }

        boolean thisMoreSpecificSomewhere = false;
        boolean otherMoreSpecificSomewhere = false;
        List<String> witness = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment mine = segments.get(i);
            Segment theirs = other.segments.get(i);
            if (!mine.isVariable() && !theirs.isVariable()) {
                if (!mine.value().equals(theirs.value())) {
                    return Optional.empty();
                }
                witness.add(mine.value());
            } else if (!mine.isVariable()) {
                thisMoreSpecificSomewhere = true;
                witness.add(mine.value());
            } else if (!theirs.isVariable()) {
                otherMoreSpecificSomewhere = true;
                witness.add(theirs.value());
            } else {
                witness.add("x");
            }
        }

        boolean ambiguous = thisMoreSpecificSomewhere && otherMoreSpecificSomewhere;
        return ambiguous ? Optional.of("/" + String.join("/", witness)) : Optional.empty();
    }

    /**
     * Fills in the variables. Each value passes through {@code encoder} (given the variable's name and value)
     * first, so the caller decides how a value is escaped for the place it goes to.
     *
     * @throws IllegalArgumentException if a variable has no value
     */
    public String expand(Map<String, String> values, BiFunction<String, String, String> encoder) {
        StringBuilder path = new StringBuilder();
        for (Segment segment : segments) {
            path.append('/');
            if (segment.isVariable()) {
                String value = values.get(segment.value());
                if (value == null) {
                    throw new IllegalArgumentException("no value for {" + segment.value() + "} in " + text);
                }
                path.append(encoder.apply(segment.value(), value));
            } else {
                path.append(segment.value());
            }
        }
        return hasTrailingSlash() ? path.append('/').toString() : path.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PathTemplate that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    @Override
    public String toString() {
        return text;
    }

    /** One path segment: a literal, or a variable named by {@link #value()}. */
    public record Segment(String value, boolean isVariable) {

        static Segment parse(String part) {
            if (part.isEmpty()) {
                throw new IllegalArgumentException("has no empty segment");
            }
            if (part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("has no . or .. segment");
            }

            var variable = VARIABLE.matcher(part);
            if (variable.matches()) {
                return new Segment(variable.group(1), true);
            }
            if (!LITERAL.matcher(part).matches()) {
                throw new IllegalArgumentException("has only literal and {variable} segments, unlike '" + part + "'");
            }
            return new Segment(part, false);
        }
    }
}
