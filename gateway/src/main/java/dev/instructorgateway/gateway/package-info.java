/** The instructor API gateway application. */
@NullMarked
package dev.instructorgateway.gateway;

import org.jspecify.annotations.NullMarked;
