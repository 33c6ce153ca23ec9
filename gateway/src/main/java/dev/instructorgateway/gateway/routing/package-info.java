/** Routes built from the catalogue: legacy forwarding, native dispatch, unmatched paths, pass-through. */
@NullMarked
package dev.instructorgateway.gateway.routing;

import org.jspecify.annotations.NullMarked;
