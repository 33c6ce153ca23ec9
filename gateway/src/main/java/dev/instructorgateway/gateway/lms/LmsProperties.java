package dev.instructorgateway.gateway.lms;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the Open edX services are.
 *
 * @param baseUrl the LMS root, such as {@code https://lms.example.com} ({@code LMS_BASE_URL}, default
 *     {@code http://localhost:8000})
 * @param studioBaseUrl the Studio (CMS) root ({@code STUDIO_BASE_URL}, default {@code http://localhost:8001})
 */
@ConfigurationProperties("gateway.lms")
public record LmsProperties(URI baseUrl, URI studioBaseUrl) {

    public LmsProperties {
        baseUrl = requireServiceRoot("LMS_BASE_URL", baseUrl);
        studioBaseUrl = requireServiceRoot("STUDIO_BASE_URL", studioBaseUrl);
    }

    /**
     * A service root is an absolute http(s) URL with a host and nothing after it: the gateway keeps request
     * paths as they are, so a path prefix here would be silently dropped.
     */
    private static URI requireServiceRoot(String setting, URI url) {
        boolean usable = url != null
                && ("http".equals(url.getScheme()) || "https".equals(url.getScheme()))
                && url.getHost() != null
                && (url.getRawPath() == null
                        || url.getRawPath().isEmpty()
                        || url.getRawPath().equals("/"))
                && url.getRawQuery() == null
                && url.getRawFragment() == null;
        if (!usable) {
            throw new IllegalArgumentException(setting + ": " + url
                    + " (expected: an http or https URL with a host and no path, such as https://lms.example.com)");
        }
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }
}
