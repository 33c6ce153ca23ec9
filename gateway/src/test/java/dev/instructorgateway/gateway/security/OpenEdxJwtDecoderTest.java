package dev.instructorgateway.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class OpenEdxJwtDecoderTest {

    @Test
    void aValidRs512TokenIsAccepted() throws Exception {
        RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
        JwtProperties properties = new JwtProperties(
                null,
                null,
                null,
                null,
                "iss",
                List.of("aud"),
                Duration.ofSeconds(30),
                Duration.ofMinutes(1),
                Duration.ZERO,
                0);
        OpenEdxJwtDecoder decoder = new OpenEdxJwtDecoder(
                JwkSetSource.fixed(new JWKSet(key.toPublicJWK()).toString()), null, properties, Clock.systemUTC());
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS512)
                        .keyID("k1")
                        .type(JOSEObjectType.JWT)
                        .build(),
                new JWTClaimsSet.Builder()
                        .issuer("iss")
                        .audience("aud")
                        .issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(600)))
                        .claim("preferred_username", "instructor")
                        .build());
        jwt.sign(new RSASSASigner(key));

        Jwt decoded = decoder.decode(jwt.serialize()).block(Duration.ofSeconds(5));

        assertThat(decoded.getClaimAsString("preferred_username")).isEqualTo("instructor");
    }
}
