package dev.instructorgateway.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.instructorgateway.catalogue.InvalidCatalogueException;
import dev.instructorgateway.gateway.InstructorGatewayApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.NestedExceptionUtils;

/** The gateway refuses to start on a broken catalogue or an unusable LMS URL, saying what to fix. */
class StartupRefusalTest {

    @Test
    void anInvalidCatalogueStopsStartUpWithEveryError() {
        Throwable failure = start("--gateway.catalogue.location=classpath:catalogue/two-mistakes.yaml");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining("has 2 error(s)")
                .hasMessageContaining(
                        "routes[cohorts.list].native.handler: cohorts.lsit (expected: the id of a handler the gateway"
                                + " has)")
                .hasMessageContaining("routes[cohorts.create].method: FETCH");
    }

    @Test
    void aMissingCatalogueFileStopsStartUp() {
        Throwable failure = start("--gateway.catalogue.location=file:/nonexistent/routes.yaml");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .hasMessageContaining("file:/nonexistent/routes.yaml")
                .hasMessageContaining("check GATEWAY_CATALOGUE");
    }

    @Test
    void anLmsUrlWithAPathStopsStartUp() {
        Throwable failure = start("--gateway.lms.base-url=https://example.com/lms");

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .hasMessageContaining("LMS_BASE_URL: https://example.com/lms (expected:");
    }

    @Test
    void noJwtKeysStopsStartUpSayingWhatToSet() {
        Throwable failure = startWithoutKeys();

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure))
                .hasMessageContaining("No JWT key set is configured")
                .hasMessageContaining("Set GATEWAY_JWT_JWKS");
    }

    private static Throwable start(String... args) {
        String[] withKeys = new String[args.length + 1];
        withKeys[0] = "--gateway.jwt.secret=a-shared-secret-of-at-least-thirty-two-bytes";
        System.arraycopy(args, 0, withKeys, 1, args.length);
        return startWithoutKeys(withKeys);
    }

    private static Throwable startWithoutKeys(String... args) {
        SpringApplication application = new SpringApplication(InstructorGatewayApplication.class);
        application.setWebApplicationType(WebApplicationType.REACTIVE);
        String[] all = new String[args.length + 2];
        all[0] = "--server.port=0";
        all[1] = "--management.server.port=0";
        System.arraycopy(args, 0, all, 2, args.length);
        try (var context = application.run(all)) {
            throw new AssertionError("the gateway started, but should have refused to");
        } catch (AssertionError e) {
            throw e;
        } catch (RuntimeException e) {
            return e;
        }
    }
}
