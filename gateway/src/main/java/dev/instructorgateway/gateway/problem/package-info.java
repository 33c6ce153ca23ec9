/** Everything the gateway answers itself, as RFC 9457 problem details. */
@NullMarked
package dev.instructorgateway.gateway.problem;

import org.jspecify.annotations.NullMarked;
