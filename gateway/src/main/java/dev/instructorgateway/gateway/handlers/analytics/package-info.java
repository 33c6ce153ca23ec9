/**
 * Course analytics for the instructor dashboard, composed from what the LMS exposes: the instructor v2 course root
 * where the LMS has it, otherwise grades, enrollments, course structure and discussion activity, folded into totals
 * a page at a time so that no course is ever held whole.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.analytics;

import org.jspecify.annotations.NullMarked;
