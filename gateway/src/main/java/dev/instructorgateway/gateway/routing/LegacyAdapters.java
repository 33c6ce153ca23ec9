package dev.instructorgateway.gateway.routing;

import dev.instructorgateway.catalogue.LegacyCall;
import dev.instructorgateway.legacy.LegacyCsrfGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyForwardGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyRequestGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyResponseGatewayFilterFactory;
import dev.instructorgateway.legacy.LegacyUploadGatewayFilterFactory;
import java.util.List;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/** Chooses, for a legacy catalogue entry, the filters that adapt its request and its answer. */
@Component
class LegacyAdapters {

    private final LegacyForwardGatewayFilterFactory forward;
    private final LegacyRequestGatewayFilterFactory request;
    private final LegacyUploadGatewayFilterFactory upload;
    private final LegacyResponseGatewayFilterFactory response;
    private final LegacyCsrfGatewayFilterFactory csrf;

    LegacyAdapters(
            LegacyForwardGatewayFilterFactory forward,
            LegacyRequestGatewayFilterFactory request,
            LegacyUploadGatewayFilterFactory upload,
            LegacyResponseGatewayFilterFactory response,
            LegacyCsrfGatewayFilterFactory csrf) {
        this.forward = forward;
        this.request = request;
        this.upload = upload;
        this.response = response;
        this.csrf = csrf;
    }

    List<GatewayFilter> filters(LegacyCall call) {
        GatewayFilter adaptAnswer =
                response.apply(new LegacyResponseGatewayFilterFactory.Config().setAdapter(call.response()));
        GatewayFilter adaptRequest = requestFilter(call);

        LegacyCall uploadCall = call.upload();
        if (uploadCall != null) {
            GatewayFilter adaptUpload = requestFilter(uploadCall);
            adaptRequest = (exchange, chain) ->
                    isMultipart(exchange.getRequest().getHeaders().getContentType())
                            ? adaptUpload.filter(exchange, chain)
                            : requestFilter(call).filter(exchange, chain);
        }
        GatewayFilter relayCsrf =
                csrf.apply(new LegacyCsrfGatewayFilterFactory.Config().setLegacyMethod(call.method()));
        return List.of(relayCsrf, adaptRequest, adaptAnswer);
    }

    private GatewayFilter requestFilter(LegacyCall call) {
        return switch (call.encoding()) {
            case NONE ->
                forward.apply(new LegacyForwardGatewayFilterFactory.Config()
                        .setMethod(call.method())
                        .setPath(call.path().toString()));
            case MULTIPART -> upload.apply(new LegacyUploadGatewayFilterFactory.Config().setCall(call));
            case QUERY, FORM, JSON -> request.apply(new LegacyRequestGatewayFilterFactory.Config().setCall(call));
        };
    }

    private static boolean isMultipart(MediaType type) {
        return type != null && type.isCompatibleWith(MediaType.MULTIPART_FORM_DATA);
    }
}
