package dev.instructorgateway.catalogue;

import java.util.List;

/** Thrown when the catalogue has mistakes; the message lists every one, each naming its entry. */
public class InvalidCatalogueException extends RuntimeException {

    private final List<String> errors;

    public InvalidCatalogueException(String source, List<String> errors) {
        super("The route catalogue " + source + " has " + errors.size() + " error(s):\n  "
                + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    /** Each mistake, in the form {@code routes[id].field: value (expected: rule)}. */
    public List<String> errors() {
        return errors;
    }
}
