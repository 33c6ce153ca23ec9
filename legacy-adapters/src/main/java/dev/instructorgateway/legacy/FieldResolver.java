package dev.instructorgateway.legacy;

import dev.instructorgateway.catalogue.FieldSource;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the client's input into the legacy view's fields, following the catalogue's sources and transforms.
 * Every mistake in the input is collected and reported at once in a 400 whose {@code errors} member maps each
 * client member to what was expected.
 */
final class FieldResolver {

    private static final DateTimeFormatter LMS_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JsonMapper mapper;

    FieldResolver(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * @param lookups values found with another call beforehand, by lookup name
     * @throws ProblemException when the input does not fit
     */
    LegacyParameters resolve(Map<String, FieldSource> fields, ClientInput input, Map<String, String> lookups) {
        LegacyParameters parameters = new LegacyParameters();
        Map<String, List<String>> errors = new LinkedHashMap<>();

        fields.forEach((legacyField, source) -> {
            try {
                resolveOne(parameters, legacyField, source, input, lookups);
            } catch (IllegalArgumentException e) {
                errors.computeIfAbsent(source.name(), name -> new ArrayList<>()).add(e.getMessage());
            }
        });

        if (!errors.isEmpty()) {
            String detail = errors.entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join("; ", e.getValue()))
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("");
            throw new ProblemException(
                    ProblemType.INVALID_PARAMETER, null, detail, HttpHeaders.EMPTY, Map.of("errors", errors));
        }
        return parameters;
    }

    private void resolveOne(
            LegacyParameters parameters,
            String legacyField,
            FieldSource source,
            ClientInput input,
            Map<String, String> lookups) {
        JsonNode value = read(source, input, lookups);
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }

        FieldSource.Transform transform = source.transform();
        if (transform == null) {
            parameters.put(legacyField, List.of(scalar(value)));
            return;
        }
        switch (transform) {
            case JOIN -> parameters.put(legacyField, List.of(String.join(",", strings(value))));
            case REPEAT -> parameters.put(legacyField, strings(value));
            case BOOL -> parameters.put(legacyField, List.of(Boolean.toString(bool(value))));
            case FLAG -> {
                if (bool(value)) {
                    parameters.put(legacyField, List.of("true"));
                }
            }
            case JSON -> parameters.putJson(legacyField, value, mapper.writeValueAsString(value));
            case LEARNER -> parameters.put(legacyField, List.of(extensionPart(value, 0)));
            case BLOCK -> parameters.put(legacyField, List.of(extensionPart(value, 1)));
            case UTC -> parameters.put(legacyField, List.of(utc(value)));
        }
    }

    private @Nullable JsonNode read(FieldSource source, ClientInput input, Map<String, String> lookups) {
        return switch (source.origin()) {
            case LITERAL -> mapper.getNodeFactory().stringNode(source.name());
            case PATH -> text(input.pathVariables().get(source.name()));
            case QUERY -> text(input.query().getFirst(source.name()));
            case BODY -> input.body().get(source.name());
            case LOOKUP -> text(lookups.get(source.name()));
            case FILE -> null;
        };
    }

    private @Nullable JsonNode text(@Nullable String value) {
        return value == null ? null : mapper.getNodeFactory().stringNode(value);
    }

    private static String scalar(JsonNode value) {
        if (value.isString()) {
            return value.stringValue();
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.asString();
        }
        throw new IllegalArgumentException("expected a string or a number, not " + describe(value));
    }

    private static List<String> strings(JsonNode value) {
        if (value.isString()) {
            return List.of(value.stringValue());
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("expected a JSON array of strings, not " + describe(value));
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString() || item.stringValue().isBlank()) {
                throw new IllegalArgumentException("expected a JSON array of strings, with " + describe(item));
            }
            items.add(item.stringValue().strip());
        }
        return items;
    }

    private static boolean bool(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isString()
                && (value.stringValue().equals("true") || value.stringValue().equals("false"))) {
            return Boolean.parseBoolean(value.stringValue());
        }
        throw new IllegalArgumentException("expected true or false, not " + describe(value));
    }

    /** An extension id is {@code <learner>,<unit usage key>}; usage keys and usernames hold no comma. */
    private static String extensionPart(JsonNode value, int part) {
        String id = value.asString();
        int comma = id.indexOf(',');
        if (comma <= 0 || comma == id.length() - 1) {
            throw new IllegalArgumentException("expected <username>,<unit usage key>, not " + id);
        }
        return part == 0 ? id.substring(0, comma) : id.substring(comma + 1);
    }

    private static String utc(JsonNode value) {
        String text = value.isString() ? value.stringValue() : value.toString();
        try {
            LocalDateTime utc = text.length() > 10 && hasOffset(text)
                    ? OffsetDateTime.parse(text)
                            .atZoneSameInstant(ZoneOffset.UTC)
                            .toLocalDateTime()
                    : LocalDateTime.parse(text);
            return utc.format(LMS_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "expected an ISO 8601 date-time such as 2026-12-20T17:00:00Z, not " + text);
        }
    }

    private static boolean hasOffset(String text) {
        return text.endsWith("Z") || text.lastIndexOf('+') > 10 || text.lastIndexOf('-') > 10;
    }

    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }
}
