package org.prss.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench's options: a baseline revision to compare with, or none given (the default is found at run time). */
class BenchCommandTest {

    @Test
    void aBaselineRevisionIsTakenAsGiven() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs("--baseline", "v0.3.0", "--quick");
        assertEquals("v0.3.0", bench.baseline);
        assertTrue(bench.quick);
    }

    @Test
    void withoutOneTheDefaultIsLeftToTheRepository() {
        BenchCommand bench = new BenchCommand();
        new CommandLine(bench).parseArgs();
        assertNull(bench.baseline);
        assertFalse(bench.quick);
    }

    @Test
    void theHelpNamesTheDefaultBaseline() {
        String usage = new CommandLine(new BenchCommand()).getUsageMessage();
        assertTrue(usage.contains("--baseline=REV") && usage.contains("2a8e4d3"), usage);
    }
}
