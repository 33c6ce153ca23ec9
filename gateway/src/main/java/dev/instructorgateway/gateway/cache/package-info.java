/**
 * Caffeine caches for the read-mostly data native handlers compose (course modes, structure, discussion topics
 * and settings, course metadata), bounded, expiring, measured, and emptied for a course when the gateway writes
 * what they hold.
 */
@NullMarked
package dev.instructorgateway.gateway.cache;

import org.jspecify.annotations.NullMarked;
