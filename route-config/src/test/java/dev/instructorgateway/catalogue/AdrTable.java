package dev.instructorgateway.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the endpoint tables of ADR-0003 (reStructuredText grid tables) into rows. */
final class AdrTable {

    static final String RESOURCE = "adr/ADR-0003-instructor-dashboard-rest-api.rst";

    record Row(String heading, String method, String path, String status, String existingPath) {}

    private AdrTable() {}

    static List<Row> read() throws IOException {
        try (InputStream in = AdrTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static List<Row> parse(String text) {
        List<Row> rows = new ArrayList<>();
        String[] lines = text.split("\n");
        String heading = "";

        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (i + 1 < lines.length && lines[i + 1].startsWith("^^^") && !line.isBlank()) {
                heading = line.strip();
                continue;
            }
            if (!line.startsWith("|")) {
                continue;
            }

            String[] cells = line.split("\\|");
            String method = cells[1].strip();
            if (method.equals("Method")) {
                continue;
            }
            rows.add(new Row(heading, method, cells[2].strip(), cells[4].strip(), cells[5].strip()));
        }
        return rows;
    }
}
