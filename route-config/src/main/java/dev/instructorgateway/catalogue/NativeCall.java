package dev.instructorgateway.catalogue;

import java.util.List;

/**
 * A built-in handler that serves an endpoint the legacy API lacks.
 *
 * @param handler the id of the handler
 * @param backends the services it composes, in no particular order
 */
public record NativeCall(String handler, List<Backend> backends) {

    public NativeCall {
        backends = List.copyOf(backends);
    }
}
