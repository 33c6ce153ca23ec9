package dev.instructorgateway.catalogue;

/** The HTTP methods an endpoint of the catalogue may use, kept free of any web framework's type. */
public enum HttpVerb {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE;

    /** True for the methods that change state on the LMS and must never be repeated behind a caller's back. */
    public boolean isUnsafe() {
        return this != GET;
    }
}
