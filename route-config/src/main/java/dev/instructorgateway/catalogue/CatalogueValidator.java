package dev.instructorgateway.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the catalogue file into the typed model, collecting every mistake instead of stopping at the first,
 * so an operator fixes a broken catalogue in one pass. Messages read
 * {@code routes[id].field: value (expected: rule)}.
 */
final class CatalogueValidator {

    static final String UNIFIED_PREFIX = "/api/instructor/v1/courses/{course_key}";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
    private static final List<String> LEGACY_PREFIXES =
            List.of("/courses/{course_key}/", "/api/instructor/v1/tasks/", "/api/instructor/v1/reports/");

    private final CatalogueRules rules;
    private final List<String> errors = new ArrayList<>();

    CatalogueValidator(CatalogueRules rules) {
        this.rules = rules;
    }

    List<RouteEntry> validate(List<CatalogueDocument.Entry> documents) {
        List<RouteEntry> entries = new ArrayList<>();
        Map<String, Integer> seenIds = new HashMap<>();

        for (int i = 0; i < documents.size(); i++) {
            CatalogueDocument.Entry document = documents.get(i);
            String name = document.id() == null || document.id().isBlank() ? "#" + (i + 1) : document.id();
            if (seenIds.putIfAbsent(name, i) != null) {
                error(name, "id", name, "unique; it is used by an earlier entry too");
                continue;
            }
            toEntry(name, document).ifPresent(entries::add);
        }

        checkOverlaps(entries);
        return entries;
    }

    List<String> errors() {
        return errors;
    }

    private Optional<RouteEntry> toEntry(String name, CatalogueDocument.Entry document) {
        int errorsBefore = errors.size();

        if (!ID.matcher(name).matches()) {
            error(name, "id", name, "lower-case words joined by dots, such as membership.enrollment.create");
        }
        Domain domain = required(name, "domain", document.domain())
                .flatMap(slug -> lookup(name, "domain", slug, Domain.fromSlug(slug), slugs(Domain.values())))
                .orElse(null);
        if (domain != null && !name.startsWith(domain.slug() + ".")) {
            error(name, "id", name, "starts with its domain, " + domain.slug() + ".");
        }
        HttpVerb method = verb(name, "method", document.method());
        PathTemplate path = unifiedPath(name, document.path());
        AdrRow adr = adr(name, document.adr());

        int servings = (document.legacy() != null ? 1 : 0)
                + (document.nativeCall() != null ? 1 : 0)
                + (document.unbacked() != null ? 1 : 0);
        if (servings != 1) {
            error(name, "served", servings + " of legacy/native/unbacked", "exactly one of them");
            return Optional.empty();
        }

        LegacyCall legacy = null;
        NativeCall nativeCall = null;
        String unbackedReason = null;
        ServedBy servedBy;
        if (document.legacy() != null) {
            servedBy = ServedBy.LEGACY;
            legacy = legacy(name, "legacy", document.legacy(), path);
        } else if (document.nativeCall() != null) {
            servedBy = ServedBy.NATIVE;
            nativeCall = nativeCall(name, document.nativeCall());
        } else {
            servedBy = ServedBy.UNBACKED;
            unbackedReason = unbackedReason(name, document.unbacked());
        }

        if (adr != null && (servedBy != ServedBy.LEGACY || legacy != null)) {
            checkCorrection(name, adr, servedBy, legacy, document.correction());
        }

        if (errors.size() > errorsBefore
                || domain == null
                || method == null
                || path == null
                || adr == null
                || (servedBy == ServedBy.LEGACY && legacy == null)
                || (servedBy == ServedBy.NATIVE && nativeCall == null)) {
            return Optional.empty();
        }
        return Optional.of(new RouteEntry(
                name,
                domain,
                method,
                path,
                adr,
                servedBy,
                legacy,
                nativeCall,
                unbackedReason,
                blankToNull(document.correction()),
                blankToNull(document.notes())));
    }

    private @Nullable PathTemplate unifiedPath(String name, @Nullable String text) {
        if (text == null || text.isBlank()) {
            error(name, "path", "(none)", "a path under " + UNIFIED_PREFIX);
            return null;
        }
        if (!(text.equals(UNIFIED_PREFIX) || text.startsWith(UNIFIED_PREFIX + "/"))) {
            error(name, "path", text, "starts with " + UNIFIED_PREFIX);
            return null;
        }
        if (text.endsWith("/")) {
            error(name, "path", text, "no trailing slash");
            return null;
        }
        return template(name, "path", text);
    }

    private @Nullable AdrRow adr(String name, CatalogueDocument.@Nullable Adr adr) {
        if (adr == null) {
            error(name, "adr", "(none)", "the ADR's status and existing path");
            return null;
        }
        AdrStatus status = required(name, "adr.status", adr.status())
                .flatMap(
                        s -> lookup(name, "adr.status", s, parseEnum(AdrStatus.class, s), "exists, partial or missing"))
                .orElse(null);
        if (status == null) {
            return null;
        }

        String existing = blankToNull(adr.existingPath());
        if (status == AdrStatus.MISSING && existing != null) {
            error(name, "adr.existing-path", existing, "none, since the ADR marks the row Missing");
        }
        if (status != AdrStatus.MISSING && existing == null) {
            error(name, "adr.existing-path", "(none)", "the ADR's Existing API Path for a " + status.slug() + " row");
        }
        return new AdrRow(status, existing);
    }

    private @Nullable LegacyCall legacy(
            String name, String field, CatalogueDocument.Legacy legacy, @Nullable PathTemplate unified) {
        HttpVerb method = verb(name, field + ".method", legacy.method());
        PathTemplate path = legacyPath(name, field + ".path", legacy.path(), unified);
        LegacyEncoding encoding = required(name, field + ".encoding", legacy.encoding())
                .flatMap(e -> lookup(
                        name, field + ".encoding", e, LegacyEncoding.fromSlug(e), slugs(LegacyEncoding.values())))
                .orElse(null);

        if (method == HttpVerb.GET && encoding != null && encoding.hasBody()) {
            error(name, field + ".encoding", encoding.slug(), "none or query, since a GET carries no body");
        }

        Map<String, FieldSource> fields = new LinkedHashMap<>();
        Map<String, String> declared = legacy.fields() == null ? Map.of() : legacy.fields();
        if ((encoding == LegacyEncoding.NONE) && !declared.isEmpty()) {
            error(name, field + ".fields", declared.keySet().toString(), "none, since the encoding is none");
        }
        declared.forEach((legacyField, expression) -> fieldSource(
                        name, field + ".fields." + legacyField, expression, unified, encoding)
                .ifPresent(source -> fields.put(legacyField, source)));

        String response = legacy.response() == null ? LegacyCall.DEFAULT_RESPONSE : legacy.response();
        if (!rules.responseAdapters().contains(response)) {
            error(name, field + ".response", response, "one of " + sorted(rules.responseAdapters()));
        }

        Map<String, List<String>> accepts = legacy.accepts() == null ? Map.of() : legacy.accepts();
        accepts.forEach((variable, values) -> {
            if (unified != null && !unified.variables().contains(variable)) {
                error(
                        name,
                        field + ".accepts." + variable,
                        values.toString(),
                        "a variable of the unified path " + unified.variables());
            }
            if (values == null || values.isEmpty()) {
                error(name, field + ".accepts." + variable, "(none)", "the values the legacy view serves");
            }
        });

        LegacyCall upload = null;
        if (legacy.upload() != null) {
            upload = legacy(name, field + ".upload", legacy.upload(), unified);
            if (upload != null && upload.encoding() != LegacyEncoding.MULTIPART) {
                error(name, field + ".upload.encoding", upload.encoding().slug(), "multipart");
            }
        }

        if (method == null || path == null || encoding == null) {
            return null;
        }
        return new LegacyCall(method, path, encoding, fields, response, accepts, upload);
    }

    private @Nullable PathTemplate legacyPath(
            String name, String field, @Nullable String text, @Nullable PathTemplate unified) {
        if (text == null || text.isBlank()) {
            error(name, field, "(none)", "the legacy LMS path");
            return null;
        }
        if (LEGACY_PREFIXES.stream().noneMatch(text::startsWith)) {
            error(name, field, text, "starts with one of " + LEGACY_PREFIXES);
            return null;
        }
        PathTemplate path = template(name, field, text);
        if (path == null) {
            return null;
        }
        if (!path.variables().contains("course_key")) {
            error(name, field, text, "contains {course_key}");
        }
        if (unified != null) {
            for (String variable : path.variables()) {
                if (!unified.variables().contains(variable)) {
                    error(
                            name,
                            field,
                            text,
                            "only variables of the unified path " + unified.variables() + ", not {" + variable + "}");
                }
            }
        }
        return path;
    }

    private Optional<FieldSource> fieldSource(
            String name,
            String field,
            @Nullable String expression,
            @Nullable PathTemplate unified,
            @Nullable LegacyEncoding encoding) {
        if (expression == null || expression.isBlank()) {
            error(name, field, "(none)", "a literal or a source such as $body.name");
            return Optional.empty();
        }

        FieldSource source;
        try {
            source = FieldSource.parse(expression);
        } catch (IllegalArgumentException e) {
            error(name, field, expression, e.getMessage());
            return Optional.empty();
        }

        switch (source.origin()) {
            case PATH -> {
                if (unified != null && !unified.variables().contains(source.name())) {
                    error(name, field, expression, "a variable of the unified path " + unified.variables());
                }
            }
            case FILE -> {
                if (encoding != LegacyEncoding.MULTIPART) {
                    error(name, field, expression, "$file only with the multipart encoding");
                }
            }
            case LOOKUP -> {
                if (!rules.lookups().contains(source.name())) {
                    error(name, field, expression, "a known lookup, one of " + sorted(rules.lookups()));
                }
            }
            default -> {}
        }
        return Optional.of(source);
    }

    private @Nullable NativeCall nativeCall(String name, CatalogueDocument.Native document) {
        String handler = required(name, "native.handler", document.handler()).orElse(null);
        if (handler != null && rules.handlers() != null && !rules.handlers().contains(handler)) {
            error(name, "native.handler", handler, "the id of a handler the gateway has");
        }

        List<Backend> backends = new ArrayList<>();
        List<String> declared = document.backends() == null ? List.of() : document.backends();
        if (declared.isEmpty()) {
            error(name, "native.backends", "(none)", "at least one backend the handler calls");
        }
        for (String slug : declared) {
            lookup(name, "native.backends", slug, Backend.fromSlug(slug), slugs(Backend.values()))
                    .ifPresent(backends::add);
        }

        return handler == null ? null : new NativeCall(handler, backends);
    }

    private @Nullable String unbackedReason(String name, CatalogueDocument.@Nullable Unbacked unbacked) {
        String reason = unbacked == null ? null : blankToNull(unbacked.reason());
        if (reason == null) {
            error(name, "unbacked.reason", "(none)", "one sentence saying which capability the LMS lacks");
            return null;
        }
        String trimmed = reason.strip();
        boolean oneSentence = trimmed.endsWith(".")
                && !trimmed.substring(0, trimmed.length() - 1).contains(". ");
        if (!oneSentence) {
            error(name, "unbacked.reason", trimmed, "one sentence ending with a full stop");
        }
        return trimmed;
    }

    /**
     * An entry that departs from the ADR (its legacy path is wrong, or it calls Missing what the legacy API
     * serves) must say why, so nobody "fixes" it back to the ADR.
     */
    private void checkCorrection(
            String name, AdrRow adr, ServedBy servedBy, @Nullable LegacyCall legacy, @Nullable String correction) {
        String departure = null;
        if (adr.existingPath() != null) {
            if (servedBy != ServedBy.LEGACY) {
                departure = "the ADR maps it to " + adr.existingPath() + " but it is served " + servedBy.slug();
            } else if (legacy != null && !sameLegacyPath(adr.existingPath(), legacy.path())) {
                departure = "the ADR maps it to " + adr.existingPath() + " but it calls " + legacy.path();
            }
        } else if (servedBy == ServedBy.LEGACY) {
            departure = "the ADR marks it Missing but the legacy API serves it";
        }

        if (departure != null && blankToNull(correction) == null) {
            error(name, "correction", "(none)", "a correction, since " + departure);
        }
        if (departure == null && blankToNull(correction) != null) {
            error(name, "correction", correction.strip(), "none, since the entry follows the ADR");
        }
    }

    private static boolean sameLegacyPath(String adrPath, PathTemplate legacyPath) {
        String adr = adrPath.replace("{course_id}", "{course_key}");
        String ours = legacyPath.toString();
        return strip(adr).equals(strip(ours));
    }

    private static String strip(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private void checkOverlaps(List<RouteEntry> entries) {
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                RouteEntry first = entries.get(i);
                RouteEntry second = entries.get(j);
                if (first.method() != second.method()) {
                    continue;
                }
                if (first.path().shape().equals(second.path().shape())) {
                    error(
                            second.id(),
                            "path",
                            second.method() + " " + second.path(),
                            "a method and path no other entry has; routes[" + first.id() + "] has them too");
                    continue;
                }
                first.path()
                        .ambiguityWith(second.path())
                        .ifPresent(witness -> error(
                                second.id(),
                                "path",
                                second.method() + " " + second.path(),
                                "not ambiguous with routes[" + first.id() + "] " + first.path() + "; both match "
                                        + witness));
            }
        }
    }

    private @Nullable PathTemplate template(String name, String field, String text) {
        try {
            return PathTemplate.parse(text);
        } catch (IllegalArgumentException e) {
            error(name, field, text, "a path template that " + e.getMessage());
            return null;
        }
    }

    private @Nullable HttpVerb verb(String name, String field, @Nullable String text) {
        return required(name, field, text)
                .flatMap(m -> lookup(
                        name,
                        field,
                        m,
                        parseEnum(HttpVerb.class, m.toUpperCase(Locale.ROOT)),
                        "GET, POST, PUT, PATCH or DELETE"))
                .orElse(null);
    }

    private Optional<String> required(String name, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            error(name, field, "(none)", "a value");
            return Optional.empty();
        }
        return Optional.of(value.strip());
    }

    private <T> Optional<T> lookup(String name, String field, String value, Optional<T> found, String expected) {
        if (found.isEmpty()) {
            error(name, field, value, expected);
        }
        return found;
    }

    private static <E extends Enum<E>> Optional<E> parseEnum(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equalsIgnoreCase(value))
                .findFirst();
    }

    private static String slugs(Enum<?>[] values) {
        return Arrays.stream(values)
                .map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .toList()
                .toString();
    }

    private static String sorted(Set<String> values) {
        return values.stream().sorted().toList().toString();
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private void error(String name, String field, String value, String expected) {
        errors.add("routes[" + name + "]." + field + ": " + value + " (expected: " + expected + ")");
    }
}
