/**
 * A stand-in for the Open edX LMS (WireMock with recorded answers for a demo course), and the launcher that
 * starts the gateway in front of it so the gateway answers without any Open edX.
 */
@NullMarked
package dev.instructorgateway.standin;

import org.jspecify.annotations.NullMarked;
