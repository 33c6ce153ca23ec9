package dev.instructorgateway.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which route catalogue the gateway serves.
 *
 * @param location a Spring resource location ({@code GATEWAY_CATALOGUE}, default the catalogue shipped in the
 *     gateway, {@code classpath:catalogue/routes.yaml})
 */
@ConfigurationProperties("gateway.catalogue")
public record CatalogueProperties(String location) {}
