package dev.instructorgateway.gateway.problem;

import org.springframework.http.HttpHeaders;

/**
 * Ends a request with a problem the gateway answers itself. Thrown (or signalled) anywhere in a filter or
 * handler; {@link ProblemExceptionHandler} writes it, with the route id and the request path filled in.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final HttpHeaders headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, HttpHeaders.EMPTY);
    }

    public ProblemException(ProblemType type, String detail, HttpHeaders headers) {
        super(detail, null, false, false);
        this.type = type;
        this.headers = headers;
    }

    public ProblemType type() {
        return type;
    }

    /** Headers the answer must carry, such as {@code Allow} on a 405. */
    public HttpHeaders headers() {
        return headers;
    }
}
