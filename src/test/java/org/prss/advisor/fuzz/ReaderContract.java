package org.prss.advisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.prss.advisor.input.InvalidInputException;

/**
 * What every reader of a user's file promises, whatever the bytes: it returns a value, or throws the advisor's own
 * invalid-input exception whose every line names the file. Anything else (a NullPointerException, a POI, PDFBox,
 * Jackson or SnakeYAML exception, a StackOverflowError, running out of memory) escapes and is a finding.
 */
final class ReaderContract {

    /** A read of one input, as the fuzz target calls it. */
    interface Read {
        Object read() throws InvalidInputException;
    }

    private ReaderContract() {}

    static void holds(String name, Read read) {
        try {
            assertNotNull(read.read(), "a reader returned null for " + name);
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty(), "refused without a problem");
            e.report().lines().forEach(line -> assertTrue(line.startsWith(name + ": "), line));
        }
    }
}
