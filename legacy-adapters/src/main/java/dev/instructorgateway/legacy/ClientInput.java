package dev.instructorgateway.legacy;

import java.util.Map;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * What the client sent, as the legacy field sources read it: decoded path variables, query parameters, and
 * the members of its JSON body (or the text parts of a multipart upload).
 */
record ClientInput(Map<String, String> pathVariables, MultiValueMap<String, String> query, JsonNode body) {}
