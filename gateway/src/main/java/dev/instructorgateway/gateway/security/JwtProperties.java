package dev.instructorgateway.gateway.security;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the gateway checks Open edX JWTs. The LMS publishes no JWKS URL: operators hand services the public key
 * set as JSON ({@code JWT_PUBLIC_SIGNING_JWK_SET}), inline, in a file, or at a URL they serve themselves.
 *
 * @param jwks the public key set as JSON ({@code GATEWAY_JWT_JWKS}, no default)
 * @param jwksFile a file holding the key set ({@code GATEWAY_JWT_JWKS_FILE}, no default)
 * @param jwksUrl a URL serving the key set, re-read at most once a minute when a token names an unknown key
 *     ({@code GATEWAY_JWT_JWKS_URL}, no default)
 * @param secret the legacy shared HS256 secret, for installations that still sign with it ({@code
 *     GATEWAY_JWT_SECRET}, no default: HS256 tokens are refused)
 * @param issuer the expected {@code iss} ({@code GATEWAY_JWT_ISSUER}, no default: not checked), conventionally
 *     {@code <LMS root>/oauth2}
 * @param audiences the accepted {@code aud} values ({@code GATEWAY_JWT_AUDIENCE}, comma-separated, no default:
 *     not checked)
 * @param clockSkew how far {@code exp} and {@code iat} may be off ({@code GATEWAY_JWT_CLOCK_SKEW}, default 30s)
 * @param jwksRefresh the least time between two reads of the key set URL ({@code GATEWAY_JWT_JWKS_REFRESH},
 *     default 1m)
 * @param cacheTtl how long a token that passed every check is trusted without checking it again, at most until it
 *     expires ({@code GATEWAY_JWT_CACHE_TTL}, default 5m; 0s checks every request)
 * @param cacheSize how many checked tokens are remembered ({@code GATEWAY_JWT_CACHE_SIZE}, default 10000)
 */
@ConfigurationProperties("gateway.jwt")
public record JwtProperties(
        @Nullable String jwks,
        @Nullable Path jwksFile,
        @Nullable String jwksUrl,
        @Nullable String secret,
        @Nullable String issuer,
        @Nullable List<String> audiences,
        Duration clockSkew,
        Duration jwksRefresh,
        Duration cacheTtl,
        long cacheSize) {

    boolean hasKeys() {
        return notBlank(jwks) || jwksFile != null || notBlank(jwksUrl) || notBlank(secret);
    }

    static boolean notBlank(@Nullable String value) {
        return value != null && !value.isBlank();
    }
}
