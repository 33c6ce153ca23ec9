package dev.instructorgateway.problem;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * Ends a request with a problem the gateway answers itself. Thrown (or signalled) anywhere in a filter or
 * handler; the application's exception handler writes it, with the route id and the request path filled in.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final HttpStatusCode status;
    private final HttpHeaders headers;
    private final Map<String, Object> properties;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, HttpHeaders.EMPTY);
    }

    public ProblemException(ProblemType type, String detail, HttpHeaders headers) {
        this(type, null, detail, headers, Map.of());
    }

    /**
     * @param status the status to answer, when it differs from the type's usual one (an LMS's 403 or 404)
     * @param properties extra members of the problem, such as {@code errors}
     */
    public ProblemException(
            ProblemType type,
            @Nullable HttpStatusCode status,
            String detail,
            HttpHeaders headers,
            Map<String, Object> properties) {
        super(detail, null, false, false);
        this.type = type;
        this.status = status == null ? type.status() : status;
        this.headers = headers;
        this.properties = Map.copyOf(properties);
    }

    public ProblemType type() {
        return type;
    }

    public HttpStatusCode status() {
        return status;
    }

    /** Headers the answer must carry, such as {@code Allow} on a 405. */
    public HttpHeaders headers() {
        return headers;
    }

    /** Members of the problem beyond the standard ones. */
    public Map<String, Object> properties() {
        return properties;
    }
}
