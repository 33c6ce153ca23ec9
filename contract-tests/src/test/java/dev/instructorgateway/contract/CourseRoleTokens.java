package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Tokens of made-up users whose course role the roles API states for their token only. The stand-in's roles API
 * calls everyone else course staff, so endpoints that need the instructor role are shown with these.
 */
final class CourseRoleTokens {

    private CourseRoleTokens() {}

    /** A token for a new user holding {@code role} in the demo course, stubbed through {@code stub}. */
    static String holding(String role, Consumer<MappingBuilder> stub) {
        String token = SharedStandIn.tokens()
                .token(role + "-" + UUID.randomUUID().toString().substring(0, 8));
        stub.accept(get(urlPathEqualTo(NativeHandlerTest.ROLES))
                .withHeader("Authorization", equalTo("JWT " + token))
                .willReturn(okJson("{\"roles\": [{\"org\": \"OpenedX\", \"course_id\": \"" + GatewayHarness.COURSE
                        + "\", \"role\": \"" + role + "\"}], \"is_staff\": false}")));
        return token;
    }
}
