/**
 * Course membership: who is enrolled and who holds which course or discussion role, read a page at a time from
 * the instructor v2 API or the legacy instructor views.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.membership;

import org.jspecify.annotations.NullMarked;
