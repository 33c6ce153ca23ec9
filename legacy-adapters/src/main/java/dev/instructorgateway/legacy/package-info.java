/**
 * Gateway filters that adapt a unified request to the legacy LMS view that serves it, and the view's answer
 * back to the unified contract. They are attached to routes from the catalogue, never written per route.
 */
@NullMarked
package dev.instructorgateway.legacy;

import org.jspecify.annotations.NullMarked;
