package dev.instructorgateway.gateway.handlers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Every native handler the application has, by id. The catalogue is checked against it at start-up, so an entry
 * naming a handler nobody wrote stops the gateway with the entry's id.
 */
@Component
public class NativeHandlerRegistry {

    private final Map<String, NativeHandler> handlers = new HashMap<>();

    public NativeHandlerRegistry(List<NativeHandler> beans) {
        for (NativeHandler handler : beans) {
            if (handlers.putIfAbsent(handler.id(), handler) != null) {
                throw new IllegalStateException("Two native handlers claim the id " + handler.id() + ": "
                        + handlers.get(handler.id()).getClass().getName() + " and "
                        + handler.getClass().getName());
            }
        }
    }

    public Set<String> ids() {
        return Set.copyOf(handlers.keySet());
    }

    public Optional<NativeHandler> find(String id) {
        return Optional.ofNullable(handlers.get(id));
    }
}
