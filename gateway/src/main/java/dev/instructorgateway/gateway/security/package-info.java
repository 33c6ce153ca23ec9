/**
 * Who may use the unified API: Open edX JWTs checked at the gateway (header or cookie pair), identity relayed to
 * the LMS as the LMS expects it, impersonation headers removed, CORS for the dashboard's origins.
 */
@NullMarked
package dev.instructorgateway.gateway.security;

import org.jspecify.annotations.NullMarked;
