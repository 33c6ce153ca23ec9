/**
 * Per-caller limits on the actions that make the LMS do heavy work for a whole course (reports, bulk email,
 * rescoring and resets for every learner, certificate generation), kept in memory or shared through Redis.
 */
@NullMarked
package dev.instructorgateway.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
