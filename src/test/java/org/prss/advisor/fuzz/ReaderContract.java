package org.prss.advisor.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;
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

    /**
     * How long one read may take when the seeds are replayed in a build. The first read of a kind also loads its
     * parser's classes, which takes seconds on a busy two-core machine; real fuzzing (scripts/fuzz.sh) holds every
     * input to 5.
     */
    static final long SECONDS = 30;

    private ReaderContract() {}

    /**
     * Reads every seed of a fuzz test once, when its class loads: the parser's classes are then loaded (and, when
     * fuzzing, instrumented, which takes seconds for POI and PDFBox) before any input's read is timed.
     */
    static void warmUp(Class<?> test, String method, Function<byte[], Read> read) {
        String folder = test.getSimpleName() + "Inputs/" + method;
        try (Stream<Path> seeds = Files.list(Path.of(test.getResource(folder).toURI()))) {
            for (Path seed : seeds.toList()) {
                try {
                    read.apply(Files.readAllBytes(seed)).read();
                } catch (InvalidInputException e) {
                    // A seed may be a refused input kept from an earlier finding.
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot read the seeds in " + folder, e);
        }
    }

    static void holds(String name, Read read) {
        try {
            assertNotNull(read.read(), "a reader returned null for " + name);
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty(), "refused without a problem");
            e.report().lines().forEach(line -> assertTrue(line.startsWith(name + ": "), line));
        }
    }
}
