package dev.instructorgateway.gateway.handlers.specialexams;

import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes the course's proctoring settings: {@code proctoring_escalation_email} (an email address, or empty or null
 * to have none), {@code create_zendesk_tickets} and {@code enable_proctored_exams} (booleans). The provider is
 * read-only here, as in v2 (choosing one is Studio's business): sending it is accepted only unchanged. The PUT
 * becomes v2's PATCH of the members sent or, without v2, Studio's POST of its whole settings object with them
 * merged in. The current settings are read first (required), to check the provider and to complete Studio's
 * object; the change is sent once and the answer is the settings it left.
 */
@Component
class ProctoringSettingsUpdateHandler implements NativeHandler {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");
    private static final Map<String, String> WRITABLE = Map.of(
            "proctoring_escalation_email", "an email address, \"\" or null",
            "create_zendesk_tickets", "true or false",
            "enable_proctored_exams", "true or false");

    private final ProctoringSettings settings;

    ProctoringSettingsUpdateHandler(ProctoringSettings settings) {
        this.settings = settings;
    }

    @Override
    public String id() {
        return "special-exams.proctoring-settings.update";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        return request.body().flatMap(body -> {
            ObjectNode changes = changes(body);
            @Nullable
            String provider = body.has(ProctoringSettings.PROVIDER)
                    ? body.path(ProctoringSettings.PROVIDER).asString()
                    : null;

            return settings.current(request).flatMap(current -> {
                String currentProvider =
                        current.path(ProctoringSettings.PROVIDER).asString();
                if (provider != null && !provider.equals(currentProvider)) {
                    return Mono.error(new ProblemException(
                            ProblemType.INVALID_PARAMETER,
                            "proctoring_provider: " + provider + " (expected: " + currentProvider
                                    + ", the current provider; it is chosen in Studio)"));
                }
                if (changes.isEmpty()) {
                    return ServerResponse.ok().bodyValue(ProctoringSettings.shown(current));
                }
                return settings.change(request, current, changes)
                        .flatMap(changed -> ServerResponse.ok().bodyValue(changed));
            });
        });
    }

    /** The writable members the client sent, checked; every wrong member is named in one 400. */
    private static ObjectNode changes(JsonNode body) {
        List<String> errors = new ArrayList<>();
        ObjectNode changes = JsonNodeFactory.instance.objectNode();

        for (Map.Entry<String, JsonNode> member : body.properties()) {
            String name = member.getKey();
            JsonNode value = member.getValue();
            if (name.equals(ProctoringSettings.PROVIDER)) {
                if (!value.isString()) {
                    errors.add(name + ": " + value + " (expected: the current provider's name)");
                }
            } else if (!WRITABLE.containsKey(name)) {
                errors.add(name + ": " + value + " (expected: one of " + String.join(", ", ProctoringSettings.MEMBERS)
                        + ")");
            } else if (valid(name, value)) {
                changes.set(name, value.isNull() ? JsonNodeFactory.instance.stringNode("") : value);
            } else {
                errors.add(name + ": " + value + " (expected: " + WRITABLE.get(name) + ")");
            }
        }

        if (errors.isEmpty() && changes.isEmpty() && !body.has(ProctoringSettings.PROVIDER)) {
            errors.add("body: {} (expected: at least one of "
                    + String.join(", ", WRITABLE.keySet().stream().sorted().toList()) + ")");
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.INVALID_PARAMETER, String.join("; ", errors));
        }
        return changes;
    }

    private static boolean valid(String name, JsonNode value) {
        if (!name.equals("proctoring_escalation_email")) {
            return value.isBoolean();
        }
        return value.isNull()
                || (value.isString()
                        && (value.stringValue().isEmpty()
                                || EMAIL.matcher(value.stringValue()).matches()));
    }
}
