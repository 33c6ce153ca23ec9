/**
 * The course-role check in front of every native handler. Open edX puts no course roles in its JWTs, and several
 * services a handler composes do not check them (or check late), so the gateway asks the LMS which roles the
 * caller holds before any of them is called.
 */
@NullMarked
package dev.instructorgateway.gateway.access;

import org.jspecify.annotations.NullMarked;
