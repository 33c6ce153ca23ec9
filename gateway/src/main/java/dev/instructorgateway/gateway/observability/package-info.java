/**
 * What operators see of the gateway: route and backend meters with bounded tags, and the health of the LMS the
 * gateway depends on.
 */
@NullMarked
package dev.instructorgateway.gateway.observability;

import org.jspecify.annotations.NullMarked;
