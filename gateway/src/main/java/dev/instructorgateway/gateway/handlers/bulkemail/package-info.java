/**
 * Course bulk email, composed from the legacy instructor view that lists the sent history
 * ({@code list_email_content}) and the instructor task API's schedules of emails still to be sent.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.bulkemail;

import org.jspecify.annotations.NullMarked;
