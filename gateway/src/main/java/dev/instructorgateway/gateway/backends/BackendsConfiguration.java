package dev.instructorgateway.gateway.backends;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.lms.LmsProperties;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * One client per service, each with its own connection pool (so a service that hangs uses up only its own
 * connections) and its own response time limit. Pools export their metrics under the service's slug.
 */
@Configuration(proxyBeanMethods = false)
class BackendsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(BackendsConfiguration.class);

    @Bean(destroyMethod = "dispose")
    BackendPools backendPools(BackendsProperties properties) {
        Map<Backend, ConnectionProvider> pools = new EnumMap<>(Backend.class);
        for (Backend backend : Backend.values()) {
            pools.put(
                    backend,
                    ConnectionProvider.builder("backend-" + backend.slug())
                            .maxConnections(properties.maxConnections())
                            .maxIdleTime(properties.maxIdleTime())
                            .pendingAcquireTimeout(properties.responseTimeout())
                            .metrics(true)
                            .build());
        }
        return new BackendPools(pools);
    }

    @Bean
    BackendClients backendClients(
            BackendsProperties properties,
            LmsProperties lms,
            BackendPools pools,
            WebClient.Builder webClient,
            JsonMapper mapper,
            CircuitBreakerRegistry circuitBreakers,
            BulkheadRegistry bulkheads,
            MeterRegistry meters,
            @Value("${gateway.limits.lms-answer:16MB}") DataSize maxAnswer) {
        Map<Backend, BackendClient> clients = new EnumMap<>(Backend.class);
        List<String> moved = new ArrayList<>();

        for (Backend backend : Backend.values()) {
            BackendsProperties.Service service = properties.service(backend);
            URI home = backend == Backend.STUDIO ? lms.studioBaseUrl() : lms.baseUrl();
            String baseUrl = stripSlash(service.url() == null ? home : service.url());
            Duration connectTimeout =
                    service.connectTimeout() == null ? properties.connectTimeout() : service.connectTimeout();
            Duration responseTimeout = properties.responseTimeout(backend);
            if (!baseUrl.equals(stripSlash(home))) {
                moved.add(backend.slug() + " at " + baseUrl);
            }

            HttpClient http = HttpClient.create(pools.get(backend))
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(connectTimeout.toMillis()))
                    .responseTimeout(responseTimeout);
            WebClient web = webClient
                    .clone()
                    .clientConnector(new ReactorClientHttpConnector(http))
                    .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(Math.toIntExact(maxAnswer.toBytes())))
                    .build();
            Duration deadline = connectTimeout.plus(responseTimeout).plusSeconds(1);
            BackendResilience resilience = new BackendResilience(
                    circuitBreakers.circuitBreaker(backend.slug(), "default"),
                    bulkheads.bulkhead(backend.slug(), "default"),
                    properties.retries(),
                    Counter.builder("gateway.backend.retries")
                            .description("Reads repeated after a failure, by backend service")
                            .tag("backend", backend.slug())
                            .register(meters));
            clients.put(
                    backend,
                    new BackendClient(
                            backend,
                            baseUrl,
                            web,
                            deadline,
                            mapper,
                            resilience,
                            new BackendCallMeter(meters, backend)));
        }

        log.info(
                "Backends: {} services, {} connections each, answers within {} unless set per service; {}; {}",
                clients.size(),
                properties.maxConnections(),
                properties.responseTimeout(),
                moved.isEmpty() ? "all in the LMS and Studio" : "moved: " + String.join(", ", moved),
                properties.lmsHasInstructorV2()
                        ? "the LMS serves /api/instructor/v2"
                        : "the LMS is taken to lack /api/instructor/v2");
        return new BackendClients(clients);
    }

    /**
     * The client the gateway proxies legacy and pass-through routes with opens connections within the lms-legacy
     * service's connect time limit. Its pool (fixed, sized and idled like the services' pools, with metrics as
     * {@code lms-proxy}) is set in application.yaml, where the gateway reads it.
     */
    @Bean
    HttpClientCustomizer lmsProxyConnectTimeout(BackendsProperties properties) {
        BackendsProperties.Service legacy = properties.service(Backend.LMS_LEGACY);
        Duration connectTimeout =
                legacy.connectTimeout() == null ? properties.connectTimeout() : legacy.connectTimeout();
        int millis = Math.toIntExact(connectTimeout.toMillis());
        return client -> client.option(ChannelOption.CONNECT_TIMEOUT_MILLIS, millis);
    }

    @Bean
    LegacyRouteGuard legacyRouteGuard(BackendsProperties properties, BackendClients clients) {
        return new LegacyRouteGuard(
                clients.get(Backend.LMS_LEGACY).resilience(),
                properties.responseTimeout(Backend.LMS_LEGACY),
                properties.queuedWorkTimeout());
    }

    private static String stripSlash(URI url) {
        String text = url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** The connection pools, one per service, closed with the application. */
    record BackendPools(Map<Backend, ConnectionProvider> pools) {

        ConnectionProvider get(Backend backend) {
            return pools.get(backend);
        }

        void dispose() {
            pools.values().forEach(ConnectionProvider::dispose);
        }
    }
}
