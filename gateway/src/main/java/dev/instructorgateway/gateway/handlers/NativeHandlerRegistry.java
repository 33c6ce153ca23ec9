package dev.instructorgateway.gateway.handlers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Every native handler the application has, by id: the written ones and those still pending. */
@Component
public class NativeHandlerRegistry {

    private final Map<String, NativeHandler> handlers = new HashMap<>();
    private final int written;

    public NativeHandlerRegistry(List<NativeHandler> beans) {
        for (NativeHandler handler : beans) {
            if (handlers.putIfAbsent(handler.id(), handler) != null) {
                throw new IllegalStateException("Two native handlers claim the id " + handler.id() + ": "
                        + handlers.get(handler.id()).getClass().getName() + " and "
                        + handler.getClass().getName());
            }
        }
        this.written = handlers.size();
        PendingHandlers.IDS.forEach(id -> handlers.putIfAbsent(id, PendingHandlers.handler(id)));
    }

    public Set<String> ids() {
        return Set.copyOf(handlers.keySet());
    }

    public Optional<NativeHandler> find(String id) {
        return Optional.ofNullable(handlers.get(id));
    }

    /** How many handlers are written (the rest answer 501 until they are). */
    public int written() {
        return written;
    }
}
