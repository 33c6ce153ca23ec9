package dev.instructorgateway.gateway.access;

import java.util.Set;

/** The course role an endpoint needs, as the LMS's own view for the same data would demand it. */
public enum CourseAccess {
    /** Course staff or instructor (the LMS's {@code HasAccessRule('staff')}); global staff always pass. */
    STAFF(Set.of("staff", "instructor")),
    /** Course instructor, the LMS's course admin; global staff always pass. */
    INSTRUCTOR(Set.of("instructor"));

    private final Set<String> roles;

    CourseAccess(Set<String> roles) {
        this.roles = roles;
    }

    boolean grantedBy(String role) {
        return roles.contains(role);
    }

    String describe() {
        return this == STAFF ? "course staff or instructor" : "course instructor";
    }
}
