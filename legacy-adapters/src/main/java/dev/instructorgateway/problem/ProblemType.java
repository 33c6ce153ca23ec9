package dev.instructorgateway.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/** The kinds of problem the gateway reports itself, each with a stable type URI and title. */
public enum ProblemType {
    INVALID_PARAMETER("invalid-parameter", "Invalid parameter", HttpStatus.BAD_REQUEST),
    UNAUTHORIZED("unauthorized", "Authentication required", HttpStatus.UNAUTHORIZED),
    FORBIDDEN_ORIGIN("forbidden-origin", "Origin not allowed", HttpStatus.FORBIDDEN),
    COURSE_ROLE_REQUIRED("course-role-required", "Course role required", HttpStatus.FORBIDDEN),
    PAGE_NOT_FOUND("page-not-found", "No such page", HttpStatus.NOT_FOUND),
    CSRF_REFUSED("csrf-refused", "CSRF check failed", HttpStatus.FORBIDDEN),
    NOT_FOUND("not-found", "No such endpoint", HttpStatus.NOT_FOUND),
    METHOD_NOT_ALLOWED("method-not-allowed", "Method not allowed", HttpStatus.METHOD_NOT_ALLOWED),
    UNBACKED("unbacked", "Not available on Open edX", HttpStatus.NOT_IMPLEMENTED),
    PAYLOAD_TOO_LARGE("payload-too-large", "Request body too large", HttpStatus.CONTENT_TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", "Unsupported media type", HttpStatus.UNSUPPORTED_MEDIA_TYPE),
    TOO_MANY_REQUESTS("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS),
    LMS_REJECTED("lms-rejected", "Rejected by the LMS", HttpStatus.BAD_REQUEST),
    LMS_FAILED("lms-failed", "The LMS failed", HttpStatus.BAD_GATEWAY),
    BACKEND_UNAVAILABLE("backend-unavailable", "Backend unavailable", HttpStatus.BAD_GATEWAY),
    BACKEND_CIRCUIT_OPEN("backend-circuit-open", "Backend paused after failures", HttpStatus.SERVICE_UNAVAILABLE),
    BACKEND_SATURATED("backend-saturated", "Backend busy", HttpStatus.SERVICE_UNAVAILABLE),
    BACKEND_TIMEOUT("backend-timeout", "Backend timed out", HttpStatus.GATEWAY_TIMEOUT),
    INTERNAL("internal", "Internal gateway error", HttpStatus.INTERNAL_SERVER_ERROR);

    private static final String BASE = "urn:instructor-gateway:problem:";

    private final URI type;
    private final String title;
    private final HttpStatus status;

    ProblemType(String slug, String title, HttpStatus status) {
        this.type = URI.create(BASE + slug);
        this.title = title;
        this.status = status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public HttpStatus status() {
        return status;
    }
}
