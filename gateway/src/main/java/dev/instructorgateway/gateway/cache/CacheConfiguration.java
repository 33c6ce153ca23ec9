package dev.instructorgateway.gateway.cache;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CacheConfiguration {

    @Bean
    ReadCaches readCaches(CacheProperties properties, MeterRegistry meters) {
        return new ReadCaches(properties, meters);
    }
}
