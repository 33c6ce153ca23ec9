/**
 * The gateway's error model: the kinds of problem it reports (RFC 9457 problem types) and the exception that
 * carries one to the single place where problems are written.
 */
@NullMarked
package dev.instructorgateway.problem;

import org.jspecify.annotations.NullMarked;
