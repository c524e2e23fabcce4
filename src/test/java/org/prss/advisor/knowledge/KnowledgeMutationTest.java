package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.cli.AdvisorCli;

/**
 * The authoring promise: whatever {@code rules check} accepts, every command can run with. The shipped knowledge is
 * mutated many ways, each the kind of edit a policy writer makes by mistake (or on purpose); for every mutant either
 * {@code rules check} fails with {@code file:line} and exit 2, or it passes and assess, role, template and batch on the
 * samples all succeed. An internal error (exit 3) from any command on any mutant fails the test.
 */
class KnowledgeMutationTest {

    @TempDir
    Path dir;

    /** One edit: replace the first {@code find} in a file of rules/ or checklists/ with {@code replace}. */
    record Mutant(String kind, String file, String find, String replace) {

        boolean touchesRules() {
            return file.startsWith("rules/");
        }

        @Override
        public String toString() {
            return kind + ": " + file + ": '" + find.strip() + "' -> '" + replace.strip() + "'";
        }
    }

    private static final String DROP = "drop a required field";
    private static final String TYPE = "change a value's type";
    private static final String DUPLICATE = "duplicate an id";
    private static final String SHEET = "rename a sheet";
    private static final String SOURCE = "cite an unknown source";
    private static final String DRL = "break a DRL rule";
    private static final String VALID = "a valid edit";

    static List<Mutant> mutants() {
        return List.of(
                new Mutant(DROP, "checklists/readiness.yaml", "    title: Purpose and expected outcomes stated\n", ""),
                new Mutant(DROP, "checklists/readiness.yaml", "    severity: HIGH\n", ""),
                new Mutant(DROP, "checklists/thresholds.yaml", "    type: frequency\n", ""),
                new Mutant(DROP, "checklists/thresholds.yaml", "    value: \"2\"\n", ""),
                new Mutant(
                        DROP,
                        "checklists/sources.yaml",
                        "    title: \"Peer Support Services in Justice and Public Safety Settings: A Planning and "
                                + "Implementation Toolkit\"\n",
                        ""),
                new Mutant(DROP, "checklists/role-activities.yaml", "      answer: \"YES\"\n", ""),
                new Mutant(DROP, "checklists/ruleset.yaml", "version: ", "versoin: "),
                new Mutant(DROP, "checklists/scoring.yaml", "  CRITICAL: 4\n", ""),
                new Mutant(DROP, "checklists/scoring.yaml", "  PARTIAL: 0.5\n", ""),
                new Mutant(DROP, "checklists/scoring.yaml", "  WAIVED: ITEM\n", ""),
                new Mutant(DROP, "checklists/scoring.yaml", "    HIGH: LEAST_FAVOURABLE\n", ""),
                new Mutant(DROP, "checklists/intake-fields.yaml", "    label: \"Program name\"\n", ""),
                new Mutant(DROP, "checklists/role-language.yaml", "    name: Compliance monitoring\n", ""),
                new Mutant(DROP, "checklists/state-certification.csv", ",recoveryTime,", ",recovery,"),
                new Mutant(TYPE, "checklists/thresholds.yaml", "    value: \"2\"\n", "    value: \"two\"\n"),
                new Mutant(TYPE, "checklists/thresholds.yaml", "    value: BIWEEKLY\n", "    value: FORTNIGHTLY\n"),
                new Mutant(
                        TYPE,
                        "checklists/thresholds.yaml",
                        "    values: [\"20\", \"30\"]\n",
                        "    values: [\"30\", \"20\"]\n"),
                new Mutant(
                        TYPE,
                        "checklists/thresholds.yaml",
                        "    type: whole number\n    value: \"30\"",
                        "    type: decimal\n    value: \"30\""),
                new Mutant(
                        TYPE,
                        "checklists/thresholds.yaml",
                        "    type: frequency\n    value: MONTHLY",
                        "    type: whole number\n    value: MONTHLY"),
                new Mutant(TYPE, "checklists/readiness.yaml", "    severity: HIGH\n", "    severity: SEVERE\n"),
                new Mutant(
                        TYPE,
                        "checklists/staffing.yaml",
                        "    settings: [JAIL, PRISON]\n",
                        "    settings: [JALE, PRISON]\n"),
                new Mutant(TYPE, "checklists/scoring.yaml", "  CRITICAL: 4\n", "  CRITICAL: four\n"),
                new Mutant(TYPE, "checklists/scoring.yaml", "readyAtScore: 85", "readyAtScore: 40"),
                new Mutant(TYPE, "checklists/scoring.yaml", "  ties: LESS_FAVOURABLE\n", "  ties: LESS\n"),
                new Mutant(TYPE, "checklists/role-activities.yaml", "      answer: \"YES\"\n", "      answer: MAYBE\n"),
                new Mutant(
                        TYPE,
                        "checklists/funding.yaml",
                        "    settings: [TREATMENT_COURT]\n",
                        "    settings: TREATMENT_COURT, JAIL\n"),
                new Mutant(TYPE, "checklists/ruleset.yaml", "domains: [READINESS, ", "domains: READINESS [ "),
                new Mutant(DUPLICATE, "checklists/readiness.yaml", "  - id: RDY-LEAD-02\n", "  - id: RDY-LEAD-01\n"),
                new Mutant(
                        DUPLICATE,
                        "checklists/role-activities.yaml",
                        "  - id: ROLE-ACT-STIGMA-TALK\n",
                        "  - id: ROLE-ACT-REPORT-RELAPSE\n"),
                new Mutant(
                        DUPLICATE,
                        "checklists/thresholds.yaml",
                        "  - id: CASELOAD-TYPICAL-MIN\n",
                        "  - id: CASELOAD-TYPICAL-MAX\n"),
                new Mutant(
                        DUPLICATE,
                        "checklists/thresholds.yaml",
                        "  - id: CERT-RENEWAL-YEARS\n",
                        "  - id: CERT-RENEWAL-TRACKED\n"),
                new Mutant(
                        DUPLICATE,
                        "checklists/role-language.yaml",
                        "  - id: SANCTION_DECISIONS\n",
                        "  - id: COMPLIANCE_MONITORING\n"),
                new Mutant(
                        DUPLICATE,
                        "checklists/sources.yaml",
                        "  - shortName: All Rise Guidelines 2023\n",
                        "  - shortName: LAPPA Toolkit 2021\n"),
                new Mutant(SHEET, "checklists/readiness.yaml", "sheet: Readiness Checklist", "sheet: Summary"),
                new Mutant(SHEET, "checklists/readiness.yaml", "sheet: Readiness Checklist", "sheet: Sources"),
                new Mutant(SHEET, "checklists/readiness.yaml", "sheet: Readiness Checklist", "sheet: action plan"),
                new Mutant(SHEET, "checklists/readiness.yaml", "sheet: Readiness Checklist", "sheet: Assessment Data"),
                new Mutant(
                        SHEET,
                        "checklists/readiness.yaml",
                        "sheet: Readiness Checklist",
                        "sheet: Ethics and Boundaries"),
                new Mutant(
                        SHEET,
                        "checklists/readiness.yaml",
                        "sheet: Readiness Checklist",
                        "sheet: Organizational Readiness Checklist Items"),
                new Mutant(
                        SHEET,
                        "checklists/readiness.yaml",
                        "sheet: Readiness Checklist",
                        "sheet: \"Readiness: Checklist\""),
                new Mutant(
                        SOURCE,
                        "checklists/readiness.yaml",
                        "      - source: LAPPA Toolkit 2021\n",
                        "      - source: LAPPA Toolkit 2012\n"),
                new Mutant(
                        SOURCE,
                        "checklists/thresholds.yaml",
                        "      - source: LAPPA Toolkit 2021\n",
                        "      - source: LAPPA Toolkit\n"),
                new Mutant(
                        SOURCE,
                        "checklists/role-activities.yaml",
                        "        - source: LAPPA Toolkit 2021\n",
                        "        - source: Lappa Toolkit 2021\n"),
                new Mutant(
                        SOURCE,
                        "checklists/role-language.yaml",
                        "      - source: All Rise Guidelines 2023\n",
                        "      - source: All Rise 2023\n"),
                new Mutant(
                        SOURCE,
                        "checklists/scoring.yaml",
                        "    - source: COSSAP Five Ps 2022\n",
                        "    - source: COSSAP 2022\n"),
                new Mutant(
                        SOURCE,
                        "checklists/state-recovery-statements.yaml",
                        "  source: LAPPA Toolkit 2021\n",
                        "  source: LAPPA 2021\n"),
                new Mutant(DRL, "rules/staffing.drl", "caseloadPerPeer <= $limit,", "caseloadPerPeer <= $limit"),
                new Mutant(DRL, "rules/readiness.drl", "peerPositions != null", "peerPositons != null"),
                new Mutant(
                        DRL,
                        "rules/roles.drl",
                        "package org.prss.advisor.rules.role;",
                        "package org.prss.advisor.rules.roles;"),
                new Mutant(DRL, "rules/common.drl", "$item : ChecklistItem()", "$item : ChecklistItm()"),
                new Mutant(
                        DRL,
                        "rules/staffing.drl",
                        "Threshold(id == \"CASELOAD-TYPICAL-MAX\"",
                        "Threshold(id == \"CASELOAD-TYPICAL-MAXX\""),
                new Mutant(
                        DRL,
                        "rules/readiness.drl",
                        "insert(Outcome.of(\"RDY-SUP-03\", Status.MET,",
                        "insert(Outcome.of(\"RDY-SUP-3\", Status.MET,"),
                new Mutant(VALID, "checklists/thresholds.yaml", "    value: \"30\"\n", "    value: \"25\"\n"),
                new Mutant(VALID, "checklists/readiness.yaml", "sheet: Readiness Checklist", "sheet: Readiness"),
                new Mutant(VALID, "checklists/ruleset.yaml", "version: ", "version: 9."),
                new Mutant(VALID, "checklists/readiness.yaml", "    severity: HIGH\n", "    severity: LOW\n"),
                new Mutant(VALID, "checklists/scoring.yaml", "    LOW: MOST_COMMON\n", "    LOW: LEAST_FAVOURABLE\n"));
    }

    private record Run(int exit, String out, String err) {}

    private static final Pattern FILE_LINE = Pattern.compile("(?m)^\\S*(rules|checklists)/[^:\\s]+:\\d+: \\S");

    @Test
    void everyMutantIsRefusedWithFileAndLineOrRunsEveryCommand() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String sample :
                List.of("jail-planning.yaml", "treatment-court-operating.json", "butler-county-jail.json")) {
            Files.copy(Path.of("samples", sample), plans.resolve(sample));
        }
        Map<String, int[]> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        int n = 0;
        for (Mutant mutant : mutants()) {
            Path home = Files.createDirectories(dir.resolve("m" + n++));
            KnowledgeCopy copy = new KnowledgeCopy(home);
            Path file = home.resolve(mutant.file());
            String text = Files.readString(file);
            assertTrue(text.contains(mutant.find()), "the mutant applies: " + mutant);
            KnowledgeCopy.edit(file, mutant.find(), mutant.replace());
            List<String> knowledge = mutant.touchesRules()
                    ? List.of("--rules", copy.rules.toString(), "--checklists", copy.checklists.toString())
                    : List.of("--checklists", copy.checklists.toString());
            Run check = run(knowledge, "rules", "check");
            int[] counts = outcomes.computeIfAbsent(mutant.kind(), k -> new int[2]);
            if (check.exit() == 2 && FILE_LINE.matcher(check.err()).find()) {
                counts[0]++;
                continue;
            }
            if (check.exit() != 0) {
                failures.add(mutant + "\n  rules check exit " + check.exit() + " without file:line: " + check.err());
                continue;
            }
            counts[1]++;
            accepted.add(mutant.toString());
            Path out = Files.createDirectories(home.resolve("out"));
            List<Run> runs = List.of(
                    run(
                            knowledge,
                            "assess",
                            Path.of("samples", "jail-planning.yaml").toString(),
                            "-o",
                            out.resolve("jail.xlsx").toString(),
                            "--json",
                            out.resolve("jail.json").toString()),
                    run(
                            knowledge,
                            "role",
                            Path.of("samples", "role-troublesome-duties.yaml").toString(),
                            "-o",
                            out.resolve("role.xlsx").toString()),
                    run(
                            knowledge,
                            "assess",
                            "--respondent",
                            Path.of("samples", "team", "leadership.yaml").toString(),
                            "--respondent",
                            Path.of("samples", "team", "jail-staff.yaml").toString(),
                            "-o",
                            out.resolve("team.xlsx").toString()),
                    run(knowledge, "template", "-o", out.resolve("intake.xlsx").toString()),
                    run(
                            knowledge,
                            "batch",
                            plans.toString(),
                            "-o",
                            out.resolve("batch").toString()));
            for (int i = 0; i < runs.size(); i++) {
                if (runs.get(i).exit() != 0) {
                    failures.add(mutant + "\n  rules check passed, then "
                            + List.of("assess", "role", "team assess", "template", "batch")
                                    .get(i) + " exited "
                            + runs.get(i).exit() + ": " + runs.get(i).err());
                }
            }
        }
        StringBuilder summary =
                new StringBuilder(mutants().size() + " mutants (refused by rules check / accepted and run):");
        outcomes.forEach((kind, c) -> summary.append("\n  ")
                .append(kind)
                .append(": ")
                .append(c[0])
                .append(" / ")
                .append(c[1]));
        accepted.forEach(m -> summary.append("\n  accepted: ").append(m));
        System.out.println(summary);
        assertEquals(List.of(), failures, summary.toString());
        assertEquals(5, outcomes.get(VALID)[1], "the valid edits are accepted and run: " + summary);
    }

    private Run run(List<String> knowledge, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(knowledge);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }
}
