package dev.instructorgateway.catalogue;

import java.util.Locale;

/** How the gateway answers an endpoint. */
public enum ServedBy {
    /** Forwarded to a legacy LMS view, with the request and response adapted. */
    LEGACY,
    /** Answered by a built-in handler that composes calls to the LMS's REST APIs. */
    NATIVE,
    /** No Open edX API can serve it; the gateway says so. */
    UNBACKED;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
