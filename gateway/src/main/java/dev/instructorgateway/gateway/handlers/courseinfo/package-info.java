/**
 * Course information: the course's dates, pacing and modes read from the LMS (or its instructor v2 course root),
 * and the schedule and description written through Studio's course details API.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.courseinfo;

import org.jspecify.annotations.NullMarked;
