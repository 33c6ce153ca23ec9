package dev.instructorgateway.gateway.handlers.membership;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The roles a course team member may hold: the course roles the legacy {@code list_course_role_members} view
 * lists, and the discussion roles {@code list_forum_members} lists. The display names are the instructor v2
 * API's, so both sources answer alike.
 */
enum CourseRole {
    INSTRUCTOR("instructor", "Admin", false),
    STAFF("staff", "Staff", false),
    LIMITED_STAFF("limited_staff", "Limited Staff", false),
    BETA("beta", "Beta Tester", false),
    CCX_COACH("ccx_coach", "CCX Coach", false),
    DATA_RESEARCHER("data_researcher", "Data Researcher", false),
    FORUM_ADMINISTRATOR("Administrator", "Discussion Admin", true),
    FORUM_MODERATOR("Moderator", "Discussion Moderator", true),
    FORUM_GROUP_MODERATOR("Group Moderator", "Group Community TA", true),
    FORUM_COMMUNITY_TA("Community TA", "Community TA", true);

    private final String lmsName;
    private final String displayName;
    private final boolean forum;

    CourseRole(String lmsName, String displayName, boolean forum) {
        this.lmsName = lmsName;
        this.displayName = displayName;
        this.forum = forum;
    }

    /** The role's name in the LMS, which the unified API uses too. */
    String lmsName() {
        return lmsName;
    }

    String displayName() {
        return displayName;
    }

    boolean forum() {
        return forum;
    }

    static Optional<CourseRole> named(String lmsName) {
        return Arrays.stream(values())
                .filter(role -> role.lmsName.equals(lmsName))
                .findFirst();
    }

    static List<CourseRole> course() {
        return Arrays.stream(values()).filter(role -> !role.forum).toList();
    }

    static List<CourseRole> discussion() {
        return Arrays.stream(values()).filter(CourseRole::forum).toList();
    }

    static String names() {
        return Arrays.stream(values()).map(CourseRole::lmsName).collect(Collectors.joining(", "));
    }
}
