/**
 * The Open edX services native handlers compose, one configured client per service: its own base URL, time
 * limits and connection pool, the caller's JWT relayed, and its failures mapped to problems that name it.
 */
@NullMarked
package dev.instructorgateway.gateway.backends;

import org.jspecify.annotations.NullMarked;
