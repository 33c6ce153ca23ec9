package dev.instructorgateway.gateway.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BackendClientPathsTest {

    @Test
    void aCourseKeyStaysRawInAPathSegment() {
        String path = BackendClient.expand("/api/cohorts/v1/courses/{}/cohorts/{}", "course-v1:Org+C+R", 7);

        assertThat(path).isEqualTo("/api/cohorts/v1/courses/course-v1:Org+C+R/cohorts/7");
    }

    @Test
    void aSlashOrQuestionMarkInASegmentCannotChangeThePath() {
        String path = BackendClient.expand("/api/user/v1/accounts/{}", "../admin?x=1");

        assertThat(path).isEqualTo("/api/user/v1/accounts/..%2Fadmin%3Fx=1");
    }

    @Test
    void aUsageKeyKeepsItsAtSigns() {
        String path = BackendClient.expand("/x/{}", "block-v1:O+C+R+type@problem+block@abc");

        assertThat(path).isEqualTo("/x/block-v1:O+C+R+type@problem+block@abc");
    }

    @Test
    void holesAndSegmentsMustMatch() {
        assertThatThrownBy(() -> BackendClient.expand("/a/{}/b/{}", "one")).hasMessageContaining("more holes");
        assertThatThrownBy(() -> BackendClient.expand("/a/{}", "one", "two")).hasMessageContaining("fewer holes");
    }
}
