package dev.instructorgateway.gateway.routing;

/** The ids of the routes the gateway adds beside the catalogue's. */
public final class RouteIds {

    /** Answers paths under the unified prefix that no catalogue entry has (404 or 405). */
    public static final String UNMATCHED = "gateway.unmatched";

    /** Hands everything outside the unified prefix to the LMS unchanged. */
    public static final String PASS_THROUGH = "lms.pass-through";

    private RouteIds() {}
}
