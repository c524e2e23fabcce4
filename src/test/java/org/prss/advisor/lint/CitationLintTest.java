package org.prss.advisor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.knowledge.KnowledgeCopy;

/**
 * {@code rules check} refuses a rule text that names a source or a locator itself: rationales cite through the
 * knowledge ({@code Citing.of}), so that a locator corrected in checklists/ is corrected in every finding.
 */
class CitationLintTest {

    private static final String INSTEAD = " in a text; cite through the knowledge instead: Citing.of(the threshold the"
            + " rule matches, or the citations of its item or declared reading) prints what checklists/ holds";

    @TempDir
    Path dir;

    /** {@code rules check} on the copy: its exit code and what it wrote to standard error. */
    private static String[] check(KnowledgeCopy copy) {
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(
                new String[] {"rules", "check", "--rules=" + copy.rules, "--checklists=" + copy.checklists},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        return new String[] {String.valueOf(exit), err.toString()};
    }

    @Test
    void aSourceNamedInARuleTextFailsEvenWhenSplitAcrossPieces() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "staffing.drl",
                "\"participants per peer\", Citing.of($toolkit) + \": typically \"",
                "\"participants per peer\", \"LAPPA Toolkit\"\n            + \" 2021: typically \"");
        String[] run = check(copy);
        assertEquals("2", run[0], run[1]);
        assertTrue(
                run[1].contains(drl + ":" + KnowledgeCopy.lineOf(drl, "\"LAPPA Toolkit\"")
                        + ": rule 'Caseload limit outside treatment courts' writes the source 'LAPPA Toolkit 2021'"
                        + INSTEAD),
                run[1]);
    }

    @Test
    void aLocatorInARuleTextFailsButTheCommentsCitingPassagesDoNot() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(
                "roles.drl",
                "\" agency (\" + Citing.of(cited.get(0)) + \")",
                "\" agency (Appendix C, lines 1035-1037)");
        String[] run = check(copy);
        assertEquals("2", run[0], run[1]);
        int line = KnowledgeCopy.lineOf(drl, "\" agency (Appendix C");
        assertTrue(
                run[1].contains(
                        drl + ":" + line + ": function relapseSources writes the locator 'Appendix C'" + INSTEAD),
                run[1]);
        assertTrue(
                run[1].contains(drl + ":" + line + ": function relapseSources writes the locator 'lines 1035-1037'"),
                run[1]);
        // roles.drl's comments cite lines throughout (line 253, lines 1035-1037, ...): only the text is refused.
        assertEquals(2, run[1].split(" writes the ", -1).length - 1, run[1]);
    }
}
