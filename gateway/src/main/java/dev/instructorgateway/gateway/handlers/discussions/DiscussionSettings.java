package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.cache.ReadCache;
import dev.instructorgateway.gateway.cache.ReadCaches;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The course's discussion division settings ({@code /api/discussion/v1/courses/{ck}/settings}), kept per course
 * in {@link ReadCache#DISCUSSION_SETTINGS}: they are the same for all course staff and change rarely. A change
 * is sent as the merge patch the LMS requires, and the kept settings are forgotten however the change ended (a
 * time-out may still have changed them), so the read that follows asks the LMS.
 */
@Component
class DiscussionSettings {

    private static final String SETTINGS = "/api/discussion/v1/courses/{}/settings";

    private final BackendClient discussion;
    private final ReadCaches caches;

    DiscussionSettings(BackendClients clients, ReadCaches caches) {
        this.discussion = clients.get(Backend.DISCUSSION);
        this.caches = caches;
    }

    Mono<JsonNode> read(NativeRequest request) {
        return caches.get(
                ReadCache.DISCUSSION_SETTINGS,
                request.courseKey(),
                null,
                () -> discussion.get(SETTINGS, request.courseKey()).json(request.caller()));
    }

    /** Sends the change (the LMS answers 204) and then reads the settings as they now are. */
    Mono<JsonNode> change(NativeRequest request, ObjectNode patch) {
        return discussion
                .patch(SETTINGS, request.courseKey())
                .mergePatch(patch)
                .json(request.caller())
                // doOnTerminate, not doFinally: the kept settings must be gone before the read-back below starts.
                .doOnTerminate(() -> caches.invalidate(ReadCache.DISCUSSION_SETTINGS, request.courseKey()))
                .doOnCancel(() -> caches.invalidate(ReadCache.DISCUSSION_SETTINGS, request.courseKey()))
                .then(Mono.defer(() -> read(request)));
    }
}
