package dev.instructorgateway.gateway.access;

import dev.instructorgateway.gateway.backends.BackendClients;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    CourseRoleCheck courseRoleCheck(BackendClients clients, AccessProperties properties, MeterRegistry meters) {
        return new CourseRoleCheck(clients, properties, meters);
    }
}
