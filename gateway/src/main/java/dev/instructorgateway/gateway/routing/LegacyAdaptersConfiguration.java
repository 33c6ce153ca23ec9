package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.gateway.security.IdentityCookies;
import dev.instructorgateway.legacy.ClientJsonBody;
import dev.instructorgateway.legacy.LegacyCsrfGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyForwardGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyLookup;
import dev.instructorgateway.legacy.LegacyRequestGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyResponseGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyUploadGatewayFilterFactory;
import dev.instructorgateway.legacy.SubmissionLearnerLookup;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.reactive.function.client.WebClient;
import tools.jackson.databind.json.JsonMapper;

/** The filter factories that adapt unified requests to legacy views and their answers back. */
@Configuration(proxyBeanMethods = false)
class LegacyAdaptersConfiguration {

    /**
     * Size limits on the bodies the gateway reads to rewrite them (streamed bodies have none).
     *
     * @param requestBody the largest JSON body a client may send to a rewritten route ({@code
     *     GATEWAY_MAX_REQUEST_BODY}, default 1MB); larger ones get 413
     * @param upload the largest file upload rewritten for a legacy view ({@code GATEWAY_MAX_UPLOAD}, default 10MB)
     * @param lmsAnswer the largest JSON answer from the LMS the gateway rewrites ({@code GATEWAY_MAX_LMS_ANSWER},
     *     default 16MB)
     */
    @ConfigurationProperties("gateway.limits")
    record LimitsProperties(DataSize requestBody, DataSize upload, DataSize lmsAnswer) {}

    @Bean
    LegacyForwardGatewayFilterFactory legacyForwardGatewayFilterFactory() {
        return new LegacyForwardGatewayFilterFactory();
    }

    @Bean
    LegacyCsrfGatewayFilterFactory legacyCsrfGatewayFilterFactory(IdentityCookies cookies) {
        return new LegacyCsrfGatewayFilterFactory(
                List.of(cookies.session(), cookies.jwtHeaderPayload(), cookies.jwtSignature()));
    }

    @Bean
    SubmissionLearnerLookup submissionLearnerLookup(WebClient.Builder webClient) {
        return new SubmissionLearnerLookup(webClient);
    }

    @Bean
    LegacyRequestGatewayFilterFactory legacyRequestGatewayFilterFactory(
            JsonMapper mapper, List<LegacyLookup> lookups, LimitsProperties limits) {
        return new LegacyRequestGatewayFilterFactory(mapper, lookups, limits.requestBody());
    }

    /** Reads client JSON bodies for native handlers, with the same limit as the legacy rewrites. */
    @Bean
    ClientJsonBody clientJsonBody(JsonMapper mapper, LimitsProperties limits) {
        return new ClientJsonBody(mapper, Math.toIntExact(limits.requestBody().toBytes()));
    }

    @Bean
    LegacyUploadGatewayFilterFactory legacyUploadGatewayFilterFactory(JsonMapper mapper, LimitsProperties limits) {
        return new LegacyUploadGatewayFilterFactory(mapper, limits.upload());
    }

    @Bean
    LegacyResponseGatewayFilterFactory legacyResponseGatewayFilterFactory(JsonMapper mapper, LimitsProperties limits) {
        return new LegacyResponseGatewayFilterFactory(mapper, limits.lmsAnswer());
    }
}
