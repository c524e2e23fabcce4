package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.cli.CliRun;

/**
 * Every knowledge file declares its kind, and is read as that kind: a file without one, with an unknown one or with
 * one its fields contradict is refused at the line to fix, before anything is read from it.
 */
class KnowledgeKindTest {

    private static final String KINDS = "one of ruleset, sources, scoring, thresholds, checklist, role-worksheet,"
            + " role-language, duty-corpus, duty-frames, personal-checklist, intake-fields, recovery-statements,"
            + " medicaid-statements, evaluation-measures, readings, funding, job-description-sections";

    @TempDir
    Path dir;

    private static List<KnowledgeProblem> problems(KnowledgeCopy copy) {
        return assertThrows(
                        KnowledgeException.class,
                        () -> KnowledgeLoader.load(KnowledgeFiles.load(copy.rules, copy.checklists)))
                .problems();
    }

    @Test
    void rulesCheckRefusesAnEditedFileWithoutAKindAndSaysWhichItsFieldsSuggest() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist("readiness.yaml", "kind: checklist\n", "");
        CliRun run = CliRun.of("rules", "check", "--rules=" + copy.rules, "--checklists=" + copy.checklists);
        assertEquals(2, run.exit(), run.out());
        assertTrue(
                run.err()
                        .contains(file + ":" + KnowledgeCopy.lineOf(file, "domain: READINESS")
                                + ": the file declares no kind; add a first-level kind: naming what it holds, "
                                + KINDS + " (its fields are a checklist file's: kind: checklist)"),
                run.err());
    }

    /** A file's kind line edited to {@code kind}, and the one problem the load then reports at that line. */
    record Refusal(String behaviour, String file, String declared, String kind, String message) {
        @Override
        public String toString() {
            return behaviour;
        }
    }

    static Stream<Refusal> refusals() {
        return Stream.of(
                new Refusal(
                        "an unknown kind is refused with the nearest kind, and no knock-on problem follows",
                        "thresholds.yaml",
                        "kind: thresholds",
                        "kind: treshold",
                        "unknown kind 'treshold' (did you mean 'thresholds'?); " + KINDS),
                new Refusal(
                        "a kind its fields contradict is refused with the kind they are",
                        "role-activities.yaml",
                        "kind: role-worksheet",
                        "kind: checklist",
                        "the file declares kind checklist, but its fields (domain, name, categories, activities) are"
                                + " a role-worksheet file's: is its kind role-worksheet?"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aFileThatCannotBeReadAsItsKindIsRefusedAtItsKindLine(Refusal refusal) throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist(refusal.file(), refusal.declared(), refusal.kind());
        assertEquals(
                List.of(new KnowledgeProblem(
                        file.toString(), KnowledgeCopy.lineOf(file, refusal.kind()), refusal.message())),
                problems(copy));
    }

    @Test
    void aFieldItsKindDoesNotHaveIsReportedAtItsLineBesideTheFileOwnProblems() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path file = copy.editChecklist("funding.yaml", "funding:", "fundng:");
        List<String> report =
                problems(copy).stream().map(KnowledgeProblem::toString).toList();
        assertTrue(
                report.contains(file + ":" + KnowledgeCopy.lineOf(file, "fundng:")
                        + ": unknown field 'fundng' for kind funding (did you mean 'funding'?)"),
                report.toString());
    }

    @Test
    void aSecondFileOfAKindTheKnowledgeKeepsInOneIsReported() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Path extra = copy.addChecklist(
                "state-sources.yaml",
                "sources",
                "sources:\n  - shortName: State Peer Policy 2026\n    title: Policy\n");
        assertEquals(
                List.of(new KnowledgeProblem(
                        extra.toString(), 1, "a second source registry; keep all sources in one file")),
                problems(copy));
    }

    @Test
    void aKindTheKnowledgeNeedsThatNoFileDeclaresIsReportedOnTheFolder() throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        Files.delete(copy.checklists.resolve("ruleset.yaml"));
        assertEquals(
                List.of(new KnowledgeProblem(
                        copy.checklists.toString(),
                        0,
                        "no file declares kind: ruleset (the rule set's name, version and the order of its"
                                + " domains), which the knowledge needs")),
                problems(copy));
    }

    @Test
    void theAuthoringGuideSaysWhatEachKindHolds() throws Exception {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        for (KnowledgeKind kind : KnowledgeKind.values()) {
            assertTrue(guide.contains("| `kind: " + kind.word() + "` | " + kind.holds()), kind.word());
        }
    }
}
