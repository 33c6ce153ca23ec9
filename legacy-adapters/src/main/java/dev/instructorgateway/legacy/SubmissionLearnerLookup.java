package dev.instructorgateway.legacy;

import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The learner who made an ORA submission. The LMS resets ORA state by learner, while the unified path names
 * the submission; the staff grader's {@code initialize} call lists the ORA's submissions with their usernames.
 */
public final class SubmissionLearnerLookup implements LegacyLookup {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebClient client;

    public SubmissionLearnerLookup(WebClient.Builder builder) {
        this.client = builder.build();
    }

    @Override
    public String name() {
        return "submission-learner";
    }

    @Override
    public Mono<String> resolve(ServerWebExchange exchange, String lmsBaseUrl, Map<String, String> pathVariables) {
        String ora = pathVariables.get("ora_id");
        String submission = pathVariables.get("submission_id");
        URI initialize = UriComponentsBuilder.fromUriString(lmsBaseUrl)
                .path("/api/ora_staff_grader/initialize")
                .queryParam("oraLocation", "{ora}")
                .encode()
                .buildAndExpand(ora)
                .toUri();
        HttpHeaders caller = exchange.getRequest().getHeaders();

        return client.get()
                .uri(initialize)
                .accept(MediaType.APPLICATION_JSON)
                .headers(headers -> copyCredentials(caller, headers))
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(TIMEOUT)
                .map(answer -> answer.path("submissions").path(submission).path("username"))
                .filter(username ->
                        username.isString() && !username.stringValue().isBlank())
                .map(JsonNode::stringValue)
                .switchIfEmpty(Mono.error(() -> new ProblemException(
                        ProblemType.NOT_FOUND, "The ORA " + ora + " has no submission " + submission + ".")));
    }

    private static void copyCredentials(HttpHeaders from, HttpHeaders to) {
        for (String name : new String[] {HttpHeaders.AUTHORIZATION, HttpHeaders.COOKIE}) {
            if (from.containsHeader(name)) {
                to.put(name, from.get(name));
            }
        }
    }
}
