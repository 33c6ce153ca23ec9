package dev.instructorgateway.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The validated route catalogue: the single source of truth for every endpoint the gateway serves under
 * {@code /api/instructor/v1/courses/}. Loading it either yields a fully consistent catalogue or throws an
 * {@link InvalidCatalogueException} that lists every mistake.
 */
public final class RouteCatalogue {

    /** Where the catalogue shipped with the gateway lives on the class path. */
    public static final String DEFAULT_LOCATION = "catalogue/routes.yaml";

    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final String source;
    private final List<RouteEntry> entries;
    private final Map<String, RouteEntry> byId;

    private RouteCatalogue(String source, List<RouteEntry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
        this.byId = entries.stream().collect(Collectors.toUnmodifiableMap(RouteEntry::id, Function.identity()));
    }

    /** Loads the catalogue shipped on the class path. */
    public static RouteCatalogue loadDefault(CatalogueRules rules) {
        String source = "classpath:" + DEFAULT_LOCATION;
        try (InputStream in = RouteCatalogue.class.getClassLoader().getResourceAsStream(DEFAULT_LOCATION)) {
            if (in == null) {
                throw new InvalidCatalogueException(source, List.of("the file is missing from the class path"));
            }
            return load(in, source, rules);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the route catalogue " + source, e);
        }
    }

    /**
     * Reads and validates a catalogue.
     *
     * @param source a name for the input, used in error messages
     * @throws InvalidCatalogueException listing every mistake found
     */
    public static RouteCatalogue load(InputStream in, String source, CatalogueRules rules) {
        CatalogueDocument document;
        try {
            document = MAPPER.readValue(in, CatalogueDocument.class);
        } catch (JacksonException e) {
            throw new InvalidCatalogueException(
                    source, List.of(pathOf(e) + ": not readable (" + e.getOriginalMessage() + ")"));
        }
        if (document == null || document.routes() == null || document.routes().isEmpty()) {
            throw new InvalidCatalogueException(source, List.of("routes: (none) (expected: a list of entries)"));
        }

        CatalogueValidator validator = new CatalogueValidator(rules);
        List<RouteEntry> entries = validator.validate(document.routes());
        if (!validator.errors().isEmpty()) {
            throw new InvalidCatalogueException(source, validator.errors());
        }
        return new RouteCatalogue(source, entries);
    }

    /** Where in the document the parser gave up, as {@code routes[#3].colour}. */
    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append("[#").append(reference.getIndex() + 1).append(']');
            }
        }
        return path.isEmpty() ? "(document)" : path.toString();
    }

    /** Where the catalogue was read from. */
    public String source() {
        return source;
    }

    /** Every entry, in the order of the file. */
    public List<RouteEntry> entries() {
        return entries;
    }

    public Optional<RouteEntry> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The entries of each domain, domains in the ADR's order. */
    public Map<Domain, List<RouteEntry>> byDomain() {
        Map<Domain, List<RouteEntry>> grouped = new EnumMap<>(Domain.class);
        for (RouteEntry entry : entries) {
            grouped.computeIfAbsent(entry.domain(), d -> new java.util.ArrayList<>())
                    .add(entry);
        }
        grouped.replaceAll((domain, list) -> List.copyOf(list));
        return grouped;
    }

    /** The ids of the native handlers the catalogue refers to. */
    public java.util.Set<String> nativeHandlers() {
        return entries.stream()
                .filter(e -> e.servedBy() == ServedBy.NATIVE)
                .map(e -> e.requireNative().handler())
                .collect(Collectors.toUnmodifiableSet());
    }
}
