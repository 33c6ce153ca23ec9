/** Learners' certificates and the certificate allowlist, read from the LMS's certificates APIs. */
@NullMarked
package dev.instructorgateway.gateway.handlers.certificates;

import org.jspecify.annotations.NullMarked;
