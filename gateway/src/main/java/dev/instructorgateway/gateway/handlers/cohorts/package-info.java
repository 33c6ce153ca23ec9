/** Cohort management, composed from the LMS's cohorts API ({@code /api/cohorts/v1/}). */
@NullMarked
package dev.instructorgateway.gateway.handlers.cohorts;

import org.jspecify.annotations.NullMarked;
