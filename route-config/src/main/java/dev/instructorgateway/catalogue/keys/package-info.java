/** The grammar of Open edX opaque keys (course keys and usage keys) as they appear in unified paths. */
@NullMarked
package dev.instructorgateway.catalogue.keys;

import org.jspecify.annotations.NullMarked;
