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

    /** What {@code rules check} reported on a copy whose rule file was edited, having failed (exit 2). */
    private record Refused(Path drl, String err) {}

    private Refused refused(String rule, String find, String replace) throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path drl = copy.editRule(rule, find, replace);
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(
                new String[] {"rules", "check", "--rules=" + copy.rules, "--checklists=" + copy.checklists},
                new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertEquals(2, exit, err.toString());
        return new Refused(drl, err.toString());
    }

    @Test
    void aSourceNamedInARuleTextFailsEvenWhenSplitAcrossPieces() throws Exception {
        Refused run = refused(
                "staffing.drl",
                "\"participants per peer\", Citing.of($toolkit) + \": typically \"",
                "\"participants per peer\", \"LAPPA Toolkit\"\n            + \" 2021: typically \"");
        assertTrue(
                run.err()
                        .contains(run.drl() + ":" + KnowledgeCopy.lineOf(run.drl(), "\"LAPPA Toolkit\"")
                                + ": rule 'Caseload limit outside treatment courts' writes the source"
                                + " 'LAPPA Toolkit 2021'" + INSTEAD),
                run.err());
    }

    @Test
    void aLocatorInARuleTextFailsButTheCommentsCitingPassagesDoNot() throws Exception {
        Refused run = refused(
                "roles.drl",
                "\" agency (\" + Citing.of(cited.get(0)) + \")",
                "\" agency (Appendix C, lines 1035-1037)");
        String at = run.drl() + ":" + KnowledgeCopy.lineOf(run.drl(), "\" agency (Appendix C") + ": ";
        assertTrue(
                run.err().contains(at + "function relapseSources writes the locator 'Appendix C'" + INSTEAD),
                run.err());
        assertTrue(run.err().contains(at + "function relapseSources writes the locator 'lines 1035-1037'"), run.err());
        // roles.drl's comments cite lines throughout (line 253, lines 1035-1037, ...): only the text is refused.
        assertEquals(2, run.err().split(" writes the ", -1).length - 1, run.err());
    }
}
