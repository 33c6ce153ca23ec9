/**
 * Timed, practice and proctored exams: composed from edx-proctoring's API, Studio's proctoring settings and the
 * accounts API, or from the LMS's {@code /api/instructor/v2} when the LMS has it.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.specialexams;

import org.jspecify.annotations.NullMarked;
