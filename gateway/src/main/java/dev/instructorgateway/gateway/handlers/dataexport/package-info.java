/**
 * Data exports: reports queued by report type through the legacy instructor views or instructor v2, and the
 * course structure built from the blocks API.
 */
@NullMarked
package dev.instructorgateway.gateway.handlers.dataexport;

import org.jspecify.annotations.NullMarked;
