/**
 * The route catalogue: every endpoint of the unified instructor API, how the gateway serves it, and the
 * checks that keep the catalogue consistent. Nothing here knows about HTTP servers; the gateway derives
 * its routes from this model.
 */
@NullMarked
package dev.instructorgateway.catalogue;

import org.jspecify.annotations.NullMarked;
