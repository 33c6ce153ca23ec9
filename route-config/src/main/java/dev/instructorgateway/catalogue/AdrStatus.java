package dev.instructorgateway.catalogue;

/** What ADR-0003 says about the legacy API's coverage of an endpoint. */
public enum AdrStatus {
    EXISTS,
    PARTIAL,
    MISSING;

    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
