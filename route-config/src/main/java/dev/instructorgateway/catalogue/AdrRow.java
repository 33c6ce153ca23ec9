package dev.instructorgateway.catalogue;

import org.jspecify.annotations.Nullable;

/**
 * What ADR-0003's table says about an endpoint, kept verbatim so the catalogue can be held against it.
 *
 * @param status the ADR's status column
 * @param existingPath the ADR's "Existing API Path" column (with {@code {course_id}}), or null for N/A
 */
public record AdrRow(AdrStatus status, @Nullable String existingPath) {}
