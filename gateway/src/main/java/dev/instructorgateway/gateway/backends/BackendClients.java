package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import java.util.EnumMap;
import java.util.Map;

/** The client of every service a native handler may call, by service. */
public final class BackendClients {

    private final Map<Backend, BackendClient> clients;

    BackendClients(Map<Backend, BackendClient> clients) {
        this.clients = new EnumMap<>(clients);
        for (Backend backend : Backend.values()) {
            if (!this.clients.containsKey(backend)) {
                throw new IllegalArgumentException("no client for the " + backend.slug() + " service");
            }
        }
    }

    public BackendClient get(Backend backend) {
        return clients.get(backend);
    }
}
