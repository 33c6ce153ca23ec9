package dev.instructorgateway.gateway.observability;

import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Keeps one observation per request, the server's: it carries the trace and feeds the route timer. Spring
 * Security would otherwise observe each of its filters, which costs more than the route itself and tells an
 * operator nothing the route timer and the problem answers do not.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Without tracing (MANAGEMENT_TRACING_ENABLED=false) there is no propagator, and nothing is relayed. */
    @Bean
    TraceRelay traceRelay(ObjectProvider<Propagator> propagator) {
        return new TraceRelay(propagator.getIfAvailable(() -> Propagator.NOOP));
    }
}
