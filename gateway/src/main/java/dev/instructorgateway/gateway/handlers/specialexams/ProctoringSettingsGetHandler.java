package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * The course's proctoring settings ({@code proctoring_provider, proctoring_escalation_email,
 * create_zendesk_tickets, enable_proctored_exams}), from the instructor API v2 or, without it, from Studio. The one
 * call is required.
 */
@Component
class ProctoringSettingsGetHandler implements NativeHandler {

    private final ProctoringSettings settings;

    ProctoringSettingsGetHandler(ProctoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "special-exams.proctoring-settings.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return settings.current(request)
                .flatMap(current -> ServerResponse.ok().bodyValue(ProctoringSettings.shown(current)));
    }
}
