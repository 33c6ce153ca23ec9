/** Built-in handlers for the endpoints the legacy API lacks. */
@NullMarked
package dev.instructorgateway.gateway.handlers;

import org.jspecify.annotations.NullMarked;
