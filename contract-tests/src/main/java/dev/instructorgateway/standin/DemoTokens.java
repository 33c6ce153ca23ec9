package dev.instructorgateway.standin;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A signing key pair of the kind the LMS uses (RS512, published as a JWK set) and tokens shaped like the ones the
 * LMS issues, for the demo and the tests. The private half never leaves this process.
 */
public final class DemoTokens {

    public static final String ISSUER = "http://localhost:18000/oauth2";
    public static final String AUDIENCE = "openedx";

    /** A shared secret long enough for HS256, for installations that still sign that way. */
    public static final String SHARED_SECRET = "stand-in-lms-shared-secret-for-hs256-tokens";

    private final RSAKey key;

    private DemoTokens(RSAKey key) {
        this.key = key;
    }

    /** A new key pair with the given key id. */
    public static DemoTokens generate(String keyId) {
        try {
            return new DemoTokens(new RSAKeyGenerator(2048)
                    .keyID(keyId)
                    .algorithm(JWSAlgorithm.RS512)
                    .generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA key", e);
        }
    }

    /** The public key set, as operators hand it to services ({@code JWT_PUBLIC_SIGNING_JWK_SET}). */
    public String publicJwks() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** Claims as the LMS issues them for a user, valid for the given time. */
    public static JWTClaimsSet.Builder claims(String username, Duration lifetime) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("anon-" + username)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .claim("preferred_username", username)
                .claim("scopes", List.of("email", "profile"))
                .claim("version", "1.0.0")
                .claim("filters", List.of())
                .claim("is_restricted", false)
                .claim("email_verified", true)
                .claim("administrator", false);
    }

    /** A signed token for the user, valid for eight hours. */
    public String token(String username) {
        return sign(claims(username, Duration.ofHours(8)).build(), header -> header);
    }

    /** A token with these claims, signed with this key; the header can be changed (to name another key, say). */
    public String sign(JWTClaimsSet claims, UnaryOperator<JWSHeader.Builder> header) {
        try {
            JWSHeader.Builder builder = new JWSHeader.Builder(JWSAlgorithm.RS512)
                    .keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT);
            SignedJWT jwt = new SignedJWT(header.apply(builder).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    /** A token signed with HS256 and the given secret. */
    public static String signShared(JWTClaimsSet claims, byte[] secret) {
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.HS256)
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new MACSigner(secret));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }
}
