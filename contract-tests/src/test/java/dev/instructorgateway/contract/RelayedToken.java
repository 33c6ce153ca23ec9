package dev.instructorgateway.contract;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Whose JWT a backend call carried. Tests compare the user rather than the token's text, since a test's token is
 * minted per request and two minted a second apart differ.
 */
final class RelayedToken {

    private RelayedToken() {}

    /** The {@code preferred_username} of the JWT in the call's {@code Authorization: JWT <token>} header. */
    static String userOf(LoggedRequest call) {
        String header = call.getHeader("Authorization");
        if (header == null || !header.startsWith("JWT ")) {
            return "no JWT in: " + header;
        }
        String[] parts = header.substring("JWT ".length()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return NativeHandlerTest.JSON
                .readTree(payload)
                .path("preferred_username")
                .asString();
    }
}
