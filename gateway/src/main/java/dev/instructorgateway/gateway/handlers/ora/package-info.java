/**
 * Open response assessments, composed from the LMS's staff grader API ({@code /api/ora_staff_grader/}), the course
 * blocks API and, where the LMS has it, the instructor v2 ORA list.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.ora;

import org.jspecify.annotations.NullMarked;
