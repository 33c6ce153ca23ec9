package dev.instructorgateway.catalogue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a legacy LMS view expects its parameters; several views crash when sent JSON instead of a form. */
public enum LegacyEncoding {
    /** No parameters beyond the path. */
    NONE,
    /** Parameters in the query string. */
    QUERY,
    /** {@code application/x-www-form-urlencoded} body. */
    FORM,
    /** {@code multipart/form-data} body, for file uploads. */
    MULTIPART,
    /** {@code application/json} body. */
    JSON;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the parameters travel in a request body, which a GET cannot carry. */
    public boolean hasBody() {
        return this == FORM || this == MULTIPART || this == JSON;
    }

    public static Optional<LegacyEncoding> fromSlug(String slug) {
        return Arrays.stream(values()).filter(e -> e.slug().equals(slug)).findFirst();
    }
}
