package org.prss.advisor.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.knowledge.KnowledgeCopy;

/** The worked example of docs/authoring.md, step by step, so the guide stays true. */
class AuthoringGuideTest {

    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {String.valueOf(exit), out.toString(), err.toString()};
    }

    @Test
    void aStateCapsCaseloadsAt25() throws Exception {
        String guide = Files.readString(Path.of("docs/authoring.md"));
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        String source = """
                  - shortName: State Peer Policy 2026
                    title: State peer support services policy (example)
                    publisher: State behavioral health office
                    year: 2026
                    note: The state's own cap on peer caseloads.
                """;
        assertTrue(
                guide.contains(source.replace("\n  ", "\n     ").replace("  - shortName", "     - shortName")),
                "step 2 of the guide shows this source entry");
        Files.writeString(
                copy.checklists.resolve("sources.yaml"),
                Files.readString(copy.checklists.resolve("sources.yaml")) + source);
        String typed = "  - id: CASELOAD-TYPICAL-MAX\n    type: whole number\n    value: ";
        assertTrue(guide.contains(typed + "\"30\""), "the guide shows the threshold as thresholds.yaml has it");
        copy.editChecklist("thresholds.yaml", typed + "\"30\"", typed + "\"25\"");
        copy.editChecklist(
                "thresholds.yaml",
                "        locator: line 461\n\n  - id: CASELOAD-MAX-TREATMENT-COURT",
                "        locator: line 461\n      - source: State Peer Policy 2026\n        section: Caseload "
                        + "standards\n"
                        + "        locator: section 4.2\n\n  - id: CASELOAD-MAX-TREATMENT-COURT");
        String rules = "--rules=" + copy.rules;
        String checklists = "--checklists=" + copy.checklists;

        String[] check = run("rules", "check", rules, checklists);
        assertEquals("0", check[0], check[2]);
        assertTrue(check[1].startsWith("rules and checklists OK"), "step 4");

        String[] packaged = run("test", "docs/examples");
        assertEquals("1", packaged[0], packaged[1] + packaged[2]);
        assertTrue(packaged[1].contains("STAFF-CASELOAD: expected GAP, actual MET"), "step 5: " + packaged[1]);

        String[] edited = run("test", "docs/examples", rules, checklists);
        assertEquals("0", edited[0], edited[1] + edited[2]);
        assertTrue(edited[1].endsWith("2 scenarios: 2 passed, 0 failed\n"), edited[1]);
        assertTrue(guide.contains("./advisor test docs/examples --rules my-rules --checklists my-checklists"));
    }

    @Test
    void theGuideAndTheReadmeNameEveryKindTheChecklistsDeclare() throws Exception {
        TreeSet<String> kinds = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("checklists"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("kind: "))
                        .forEach(kinds::add);
            }
        }
        assertTrue(kinds.size() > 10, "the checklists declare their kinds: " + kinds);
        for (String text :
                List.of(Files.readString(Path.of("docs/authoring.md")), Files.readString(Path.of("README.md")))) {
            kinds.forEach(kind -> assertTrue(text.contains("`" + kind + "`"), kind));
        }
    }
}
