package dev.instructorgateway.gateway.handlers.discussions;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Answers the course's discussion division settings as the LMS's discussion API gives them (which topics are
 * divided, by cohort or by enrollment track, and whether reported content is emailed to staff), from the
 * per-course cache of {@link DiscussionSettings}.
 */
@Component
class DiscussionSettingsGetHandler implements NativeHandler {

    private final DiscussionSettings settings;

    DiscussionSettingsGetHandler(DiscussionSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "discussions.settings.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return settings.read(request).flatMap(current -> ServerResponse.ok().bodyValue(current));
    }
}
