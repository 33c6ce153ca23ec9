/**
 * Discussion topics and division settings, read from the LMS's discussion API ({@code /api/discussion/v1/}) and
 * written there, or, for course-wide topics, through the course's advanced settings in Studio.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.discussions;

import org.jspecify.annotations.NullMarked;
