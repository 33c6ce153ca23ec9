/** Where the LMS and Studio are, and how the gateway reports it. */
@NullMarked
package dev.instructorgateway.gateway.lms;

import org.jspecify.annotations.NullMarked;
