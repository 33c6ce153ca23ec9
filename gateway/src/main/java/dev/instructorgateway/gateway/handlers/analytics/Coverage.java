package dev.instructorgateway.gateway.handlers.analytics;

import tools.jackson.databind.node.ObjectNode;

/** Says how much of a paged LMS list an answer's figures cover, and warns when the walk stopped short. */
final class Coverage {

    private Coverage() {}

    /**
     * @param setting the environment variable that bounds the walk
     * @param rows what the list's rows are, for the warning
     */
    static void writeTo(ObjectNode answer, PageWalk.Walked<?> walked, String setting, String rows) {
        answer.put("pages_read", walked.pagesRead());
        answer.put("complete", !walked.cut());
        if (walked.cut()) {
            answer.putArray("warnings")
                    .add("Only the first " + walked.pagesRead() + " pages of " + PageWalk.LMS_PAGE_SIZE + " "
                            + rows + " were read (the limit " + setting + "); the LMS has more, which these"
                            + " figures leave out.");
        }
    }
}
