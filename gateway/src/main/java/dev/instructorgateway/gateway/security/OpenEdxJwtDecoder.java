package dev.instructorgateway.gateway.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSecurityContextJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Checks Open edX JWTs: asymmetric ones (RS512 in Open edX, or any RSA/EC algorithm) against the configured key
 * set, and, only where a shared secret is configured, the legacy HS256 ones. The algorithm in the token's header
 * picks the checker, so an HS256 token is never checked against a public key used as a secret, and an unsigned
 * token is refused outright. Then {@code exp}, {@code iat}, {@code iss} and {@code aud} are checked.
 */
final class OpenEdxJwtDecoder implements ReactiveJwtDecoder {

    private static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(
            JWSAlgorithm.RS256,
            JWSAlgorithm.RS384,
            JWSAlgorithm.RS512,
            JWSAlgorithm.PS256,
            JWSAlgorithm.PS384,
            JWSAlgorithm.PS512,
            JWSAlgorithm.ES256,
            JWSAlgorithm.ES384,
            JWSAlgorithm.ES512);

    private final @Nullable ReactiveJwtDecoder asymmetric;
    private final @Nullable ReactiveJwtDecoder shared;

    OpenEdxJwtDecoder(@Nullable JwkSetSource keys, @Nullable String secret, JwtProperties properties, Clock clock) {
        OAuth2TokenValidator<Jwt> validator = validator(properties, clock);

        if (keys != null) {
            // The builder takes one algorithm; the key selector is replaced to accept every asymmetric one.
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSource(keys::keysFor)
                    .jwtProcessorCustomizer(processor -> processor.setJWSKeySelector(
                            new JWSVerificationKeySelector<>(ASYMMETRIC, new JWKSecurityContextJWKSet())))
                    .build();
            decoder.setJwtValidator(validator);
            this.asymmetric = decoder;
        } else {
            this.asymmetric = null;
        }

        if (secret != null && !secret.isBlank()) {
            NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(
                            new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
            decoder.setJwtValidator(validator);
            this.shared = decoder;
        } else {
            this.shared = null;
        }
    }

    @Override
    public Mono<Jwt> decode(String token) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            return Mono.error(new BadJwtException("the token is not a JWT"));
        }
        if (!(parsed instanceof SignedJWT signed)) {
            return Mono.error(new BadJwtException("the token is not signed"));
        }

        JWSAlgorithm algorithm = signed.getHeader().getAlgorithm();
        ReactiveJwtDecoder decoder = JWSAlgorithm.Family.HMAC_SHA.contains(algorithm) ? shared : asymmetric;
        if (decoder == null) {
            return Mono.error(new BadJwtException("tokens signed with " + algorithm + " are not accepted"));
        }
        return decoder.decode(token);
    }

    private static OAuth2TokenValidator<Jwt> validator(JwtProperties properties, Clock clock) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setClock(clock);
        validators.add(timestamps);
        validators.add(jwt -> required(jwt, JwtClaimNames.EXP));
        validators.add(jwt -> required(jwt, JwtClaimNames.IAT));
        validators.add(jwt -> {
            Instant issuedAt = jwt.getIssuedAt();
            boolean future =
                    issuedAt != null && issuedAt.isAfter(clock.instant().plus(properties.clockSkew()));
            return future ? failure("the token was issued in the future") : OAuth2TokenValidatorResult.success();
        });
        if (JwtProperties.notBlank(properties.issuer())) {
            validators.add(new JwtIssuerValidator(properties.issuer()));
        }
        List<String> audiences = properties.audiences() == null ? List.of() : properties.audiences();
        if (!audiences.isEmpty()) {
            validators.add(jwt ->
                    jwt.getAudience() != null && jwt.getAudience().stream().anyMatch(audiences::contains)
                            ? OAuth2TokenValidatorResult.success()
                            : failure("the token is not meant for this audience"));
        }
        return new DelegatingOAuth2TokenValidator<>(validators);
    }

    private static OAuth2TokenValidatorResult required(Jwt jwt, String claim) {
        return jwt.hasClaim(claim) ? OAuth2TokenValidatorResult.success() : failure("the token has no " + claim);
    }

    private static OAuth2TokenValidatorResult failure(String description) {
        return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", description, null));
    }
}
