package dev.instructorgateway.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/** Checks of the JSON a backend received, member for member, whatever the order and spacing. */
final class SentJson {

    private SentJson() {}

    static void assertSent(LoggedRequest request, String json) {
        assertThat(equalToJson(json).match(request.getBodyAsString()).isExactMatch())
                .as("%s received %s", request.getUrl(), request.getBodyAsString())
                .isTrue();
    }
}
