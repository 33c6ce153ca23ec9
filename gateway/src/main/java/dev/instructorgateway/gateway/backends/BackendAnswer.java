package dev.instructorgateway.gateway.backends;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import tools.jackson.databind.JsonNode;

/**
 * What a service answered, when the handler wants to decide itself what a status means (a 404 that is an
 * empty result, a 204 that needs a read-back).
 *
 * @param body the JSON body, or a missing node when the body was empty or not JSON
 */
public record BackendAnswer(HttpStatusCode status, HttpHeaders headers, JsonNode body) {

    public boolean ok() {
        return status.is2xxSuccessful();
    }
}
