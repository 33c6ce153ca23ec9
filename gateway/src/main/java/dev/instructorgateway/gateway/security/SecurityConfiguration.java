package dev.instructorgateway.gateway.security;

import dev.instructorgateway.gateway.observability.RequestLog;
import dev.instructorgateway.gateway.problem.ProblemWriter;
import dev.instructorgateway.gateway.routing.RouteIdHeader;
import dev.instructorgateway.gateway.routing.RouteIds;
import dev.instructorgateway.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Every request under the unified prefix needs a valid Open edX JWT; everything else (the LMS's own pages and
 * APIs) is left to the LMS, which authenticates it itself. Without a key set the gateway does not start.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String UNIFIED_PREFIX = "/api/instructor/v1/courses/**";
    static final String FIREWALL_ROUTE_ID = "gateway.firewall";

    private static final Logger log = LoggerFactory.getLogger(SecurityConfiguration.class);

    /**
     * Which browser origins may call the unified API with credentials.
     *
     * @param corsOrigins the instructor dashboard's origins ({@code GATEWAY_CORS_ORIGINS}, comma-separated,
     *     default none: no cross-origin calls)
     * @param stripHeaders request headers removed before anything else sees them, because a client could use them
     *     to claim an identity ({@code GATEWAY_STRIP_HEADERS}, default {@code X-Forwarded-User,X-Remote-User})
     */
    @ConfigurationProperties("gateway.security")
    record SecurityProperties(List<String> corsOrigins, List<String> stripHeaders) {}

    @Bean
    ReactiveJwtDecoder openEdxJwtDecoder(JwtProperties properties, WebClient.Builder webClient, MeterRegistry meters) {
        if (!properties.hasKeys()) {
            throw new IllegalStateException("No JWT key set is configured, so no token could be checked. Set"
                    + " GATEWAY_JWT_JWKS to the LMS's JWT_PUBLIC_SIGNING_JWK_SET (or GATEWAY_JWT_JWKS_FILE,"
                    + " GATEWAY_JWT_JWKS_URL, or GATEWAY_JWT_SECRET for HS256).");
        }

        JwkSetSource keys = keySource(properties, webClient);
        log.info(
                "JWT checks: keys from {}, HS256 {}, issuer {}, audiences {}",
                keySourceName(properties),
                JwtProperties.notBlank(properties.secret()) ? "accepted" : "refused",
                JwtProperties.notBlank(properties.issuer()) ? properties.issuer() : "not checked",
                properties.audiences() == null || properties.audiences().isEmpty()
                        ? "not checked"
                        : properties.audiences());
        OpenEdxJwtDecoder checks = new OpenEdxJwtDecoder(keys, properties.secret(), properties, Clock.systemUTC());
        if (properties.cacheTtl().isZero()) {
            return checks;
        }
        return new VerifiedTokenCache(checks, properties.cacheTtl(), properties.cacheSize(), Clock.systemUTC(), meters);
    }

    /**
     * Spring Security's firewall, with the two relaxations Open edX URLs need: an old-style course key travels as
     * {@code Org%2FCourse%2FRun}, and its parts may hold an encoded {@code %}. Everything else it refuses stays
     * refused: {@code ..} and encoded dots, backslashes, NUL, CR and LF in the URL, and control characters in
     * headers and parameters.
     */
    @Bean
    StrictServerWebExchangeFirewall exchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowUrlEncodedSlash(true);
        firewall.setAllowUrlEncodedPercent(true);
        return firewall;
    }

    @Bean
    ServerExchangeRejectedHandler problemRejectedHandler(ProblemWriter problems) {
        return (exchange, rejected) -> {
            exchange.getAttributes().putIfAbsent(RouteIdHeader.ANSWERED_BY, FIREWALL_ROUTE_ID);
            Mono<Void> logged = RequestLog.debug(
                    log,
                    "[{}] {} refused by the firewall: {}",
                    FIREWALL_ROUTE_ID,
                    exchange.getRequest().getPath(),
                    rejected.getMessage());
            return logged.then(problems.write(
                    exchange,
                    ProblemType.INVALID_PARAMETER,
                    "The request was refused: its URL or headers hold characters or sequences that could be used to"
                            + " attack the LMS (such as .., encoded dots, backslashes or line breaks).",
                    HttpHeaders.EMPTY));
        };
    }

    @Bean
    ImpersonationHeaderFilter impersonationHeaderFilter(SecurityProperties security) {
        return new ImpersonationHeaderFilter(security.stripHeaders());
    }

    @Bean
    IdentityRelay identityRelay() {
        return new IdentityRelay(RouteIds.PASS_THROUGH);
    }

    @Bean
    SecurityWebFilterChain securityFilterChain(
            ServerHttpSecurity http,
            ReactiveJwtDecoder decoder,
            ProblemWriter problems,
            SecurityProperties security,
            IdentityCookies cookies) {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(problems);

        return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(UNIFIED_PREFIX))
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .bearerTokenConverter(
                                new OpenEdxTokenConverter(cookies.jwtHeaderPayload(), cookies.jwtSignature()))
                        .authenticationEntryPoint(entryPoint)
                        .jwt(jwt -> jwt.jwtDecoder(decoder)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint))
                .cors(cors -> cors.configurationSource(corsSource(security.corsOrigins())))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .build();
    }

    /** Credentialed CORS for the configured dashboard origins on the unified API; nothing for anyone else. */
    private static UrlBasedCorsConfigurationSource corsSource(List<String> origins) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (origins.isEmpty()) {
            return source;
        }
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "X-CSRFToken", "X-Requested-With"));
        cors.setExposedHeaders(List.of("X-Gateway-Route", "Location", "Retry-After"));
        cors.setAllowCredentials(true);
        cors.setMaxAge(600L);
        source.registerCorsConfiguration(UNIFIED_PREFIX, cors);
        return source;
    }

    private static JwkSetSource keySource(JwtProperties properties, WebClient.Builder webClient) {
        if (JwtProperties.notBlank(properties.jwks())) {
            return JwkSetSource.fixed(properties.jwks());
        }
        if (properties.jwksFile() != null) {
            try {
                return JwkSetSource.fixed(Files.readString(properties.jwksFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "GATEWAY_JWT_JWKS_FILE: " + properties.jwksFile() + " cannot be read", e);
            }
        }
        if (JwtProperties.notBlank(properties.jwksUrl())) {
            return JwkSetSource.remote(
                    properties.jwksUrl(), webClient.build(), Clock.systemUTC(), properties.jwksRefresh());
        }
        return null;
    }

    private static String keySourceName(JwtProperties properties) {
        if (JwtProperties.notBlank(properties.jwks())) {
            return "GATEWAY_JWT_JWKS";
        }
        if (properties.jwksFile() != null) {
            return "the file " + properties.jwksFile();
        }
        if (JwtProperties.notBlank(properties.jwksUrl())) {
            return properties.jwksUrl();
        }
        return "nowhere (asymmetric tokens refused)";
    }
}
