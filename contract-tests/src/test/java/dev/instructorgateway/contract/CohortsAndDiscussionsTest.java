package dev.instructorgateway.contract;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What the cohort and discussion handler tests share: sending a JSON body as someone other than the instructor,
 * reading the JSON a backend received, and a start without discussion data kept from an earlier test.
 */
abstract class CohortsAndDiscussionsTest extends NativeHandlerTest {

    @Autowired
    ReadCaches caches;

    @BeforeEach
    void forgetKeptDiscussionData() {
        caches.invalidate(ReadCache.DISCUSSION_TOPICS, COURSE);
        caches.invalidate(ReadCache.DISCUSSION_SETTINGS, COURSE);
    }

    HttpResponse<String> sendJsonAs(String token, String method, String rawPathAndQuery, String json) {
        return sendRaw(HttpRequest.newBuilder(uri(rawPathAndQuery))
                .header("Authorization", "JWT " + token)
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonNode bodyOf(LoggedRequest request) {
        return JSON.readTree(request.getBodyAsString());
    }

    static JsonNode parse(String json) {
        return JSON.readTree(json);
    }
}
