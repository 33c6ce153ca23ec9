package dev.instructorgateway.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The cookies by which a browser authenticates to the LMS, named as the LMS names them.
 *
 * @param session Django's session cookie ({@code LMS_SESSION_COOKIE}, default {@code sessionid})
 * @param jwtHeaderPayload the JWT header-and-payload cookie ({@code JWT_AUTH_COOKIE_HEADER_PAYLOAD}, default
 *     {@code edx-jwt-cookie-header-payload})
 * @param jwtSignature the JWT signature cookie ({@code JWT_AUTH_COOKIE_SIGNATURE}, default
 *     {@code edx-jwt-cookie-signature})
 */
@ConfigurationProperties("gateway.cookies")
public record IdentityCookies(String session, String jwtHeaderPayload, String jwtSignature) {}
