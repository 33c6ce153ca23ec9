package dev.instructorgateway.gateway.handlers.certificates;

import dev.instructorgateway.catalogue.Backend;
import dev.instructorgateway.gateway.backends.BackendClient;
import dev.instructorgateway.gateway.backends.BackendClients;
import dev.instructorgateway.gateway.handlers.NativeHandler;
import dev.instructorgateway.gateway.handlers.NativeRequest;
import dev.instructorgateway.problem.ProblemException;
import dev.instructorgateway.problem.ProblemType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * A learner's certificate in the course and its status ({@code username, course_id, certificate_type, status,
 * is_passing, grade, download_url, created_date}, and {@code uuid} once issued), from the certificates API. The
 * LMS keys a certificate by learner and course, not by an id of its own (its UUID only opens the rendered
 * certificate page), so the path's {@code certificate_id} is the learner's username. A learner without a
 * certificate in the course is a 404. The one call is required.
 */
@Component
class CertificateStatusHandler implements NativeHandler {

    private final BackendClient certificates;

    CertificateStatusHandler(BackendClients clients) {
        this.certificates = clients.get(Backend.CERTIFICATES);
    }

    @Override
    public String id() {
        return "certificates.status.get";
    }

    @Override
    public Mono<ServerResponse> handle(NativeRequest request) {
        String username = request.path("certificate_id");

        return certificates
                .get("/api/certificates/v0/certificates/{}/courses/{}/", username, request.courseKey())
                .json(request.caller())
                .onErrorMap(
                        error -> error instanceof ProblemException problem
                                && problem.status().value() == 404,
                        error -> new ProblemException(
                                ProblemType.NOT_FOUND,
                                "There is no certificate for " + username + " in " + request.courseKey()
                                        + " (certificate_id is the learner's username)."))
                .flatMap(certificate -> ServerResponse.ok().bodyValue(certificate));
    }
}
