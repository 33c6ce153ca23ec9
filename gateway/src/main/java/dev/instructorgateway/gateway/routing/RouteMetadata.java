package dev.instructorgateway.gateway.routing;

/**
 * The metadata keys every route carries, read by the metrics and by anything else that needs to know what kind of
 * route answered without looking the catalogue up again.
 */
public final class RouteMetadata {

    /** The catalogue domain of the route ({@code membership}, {@code cohorts}, ...); absent outside the catalogue. */
    public static final String DOMAIN = "domain";

    /** How the route is served: a catalogue entry's {@code legacy}, {@code native} or {@code unbacked}, or one of the
     * values below for the routes the gateway adds. */
    public static final String SERVED_BY = "served-by";

    /** The route that hands everything outside the unified prefix to the LMS. */
    public static final String PASS_THROUGH = "pass-through";

    /** The route that answers unknown paths under the unified prefix itself. */
    public static final String GATEWAY = "gateway";

    private RouteMetadata() {}
}
