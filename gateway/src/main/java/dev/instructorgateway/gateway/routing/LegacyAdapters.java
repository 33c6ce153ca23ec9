package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.LegacyCall;
import dev.instructorgateway.catalogue.LegacyEncoding;
import dev.instructorgateway.legacy.LegacyForwardGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyRequestGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyResponseGatewayFilterFactory;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.stereotype.Component;

/** Chooses, for a legacy catalogue entry, the filters that adapt its request and its answer. */
@Component
class LegacyAdapters {

    private final LegacyForwardGatewayFilterFactory forward;
    private final LegacyRequestGatewayFilterFactory request;
    private final LegacyResponseGatewayFilterFactory response;

    LegacyAdapters(
            LegacyForwardGatewayFilterFactory forward,
            LegacyRequestGatewayFilterFactory request,
            LegacyResponseGatewayFilterFactory response) {
        this.forward = forward;
        this.request = request;
        this.response = response;
    }

    List<GatewayFilter> filters(LegacyCall call) {
        GatewayFilter adaptAnswer =
                response.apply(new LegacyResponseGatewayFilterFactory.Config().setAdapter(call.response()));
        GatewayFilter adaptRequest = call.encoding() == LegacyEncoding.MULTIPART
                ? forward.apply(new LegacyForwardGatewayFilterFactory.Config()
                        .setMethod(call.method())
                        .setPath(call.path().toString()))
                : request.apply(new LegacyRequestGatewayFilterFactory.Config().setCall(call));
        return List.of(adaptRequest, adaptAnswer);
    }
}
