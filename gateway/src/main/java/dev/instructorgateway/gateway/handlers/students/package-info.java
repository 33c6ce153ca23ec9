/** Student administration: the course's learners, one page or one learner at a time. */
@NullMarked
package dev.instructorgateway.gateway.handlers.students;

import org.jspecify.annotations.NullMarked;
