package dev.instructorgateway.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keys travel raw: what the LMS's request journal shows is byte for byte what the LMS must see, with
 * {@code +} never turned into a space and nothing encoded twice.
 */
class PathFidelityTest extends GatewayOnStandInTest {

    @Test
    void courseKeyWithPlusAndColonReachesTheLegacyPathRaw() {
        send("GET", UNIFIED + "course-v1:OpenedX+DemoX+Demo_Course/instructor_tasks");

        assertThat(onlyUrl()).isEqualTo("/api/instructor/v1/tasks/course-v1:OpenedX+DemoX+Demo_Course");
    }

    @Test
    void encodedSlashStyleKeyReachesTheLegacyViewAsTheLmsUrlPatternReadsIt() {
        send("POST", UNIFIED + "OpenedX%2FDemoX%2FDemo_Course/data_downloads/grade_report");

        assertThat(onlyUrl()).isEqualTo("/courses/OpenedX/DemoX/Demo_Course/instructor/api/calculate_grades_csv");
    }

    @Test
    void ccxKeyKeepsItsAtSign() {
        send("POST", UNIFIED + "ccx-v1:OpenedX+DemoX+Demo_Course+ccx@3/certificates/generate");

        assertThat(onlyUrl())
                .isEqualTo(
                        "/courses/ccx-v1:OpenedX+DemoX+Demo_Course+ccx@3/instructor/api/start_certificate_generation");
    }

    @Test
    void usageKeyInAPassThroughPathIsUntouched() {
        String path = "/api/instructor/v2/courses/course-v1:OpenedX+DemoX+Demo_Course/"
                + "block-v1:OpenedX+DemoX+Demo_Course+type@problem+block@d1b2f3a4e5/grading/attempts/reset";

        send("POST", path);

        assertThat(onlyUrl()).isEqualTo(path);
    }

    @Test
    void encodedKeysInAPassThroughQueryAreNotDecodedNorEncodedAgain() {
        String path = "/api/courses/v1/blocks/?course_id=course-v1%3AOpenedX%2BDemoX%2BDemo_Course&depth=all"
                + "&requested_fields=display_name%2Cdue&username=audit_learner";

        send("GET", path);

        assertThat(onlyUrl()).isEqualTo(path);
    }

    @Test
    void encodedSlashKeyInAPassThroughPathIsUntouched() {
        send("GET", "/api/instructor/v1/reports/OpenedX%2FDemoX%2FDemo_Course");

        assertThat(onlyUrl()).isEqualTo("/api/instructor/v1/reports/OpenedX%2FDemoX%2FDemo_Course");
    }

    @Test
    void plusInAPassThroughQueryStaysAPlus() {
        send("GET", "/courses/course-v1:OpenedX+DemoX+Demo_Course/courseware?search=a+b&x=%2B");

        assertThat(onlyUrl()).isEqualTo("/courses/course-v1:OpenedX+DemoX+Demo_Course/courseware?search=a+b&x=%2B");
    }

    private static String onlyUrl() {
        List<LoggedRequest> received = lmsReceived();
        assertThat(received).as("requests the LMS received").hasSize(1);
        return received.get(0).getUrl();
    }
}
