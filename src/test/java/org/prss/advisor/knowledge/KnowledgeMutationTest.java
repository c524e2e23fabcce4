package org.prss.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.prss.advisor.cli.AdvisorCli;

/**
 * The authoring promise: whatever {@code rules check} accepts, every command can run with. The shipped knowledge is
 * mutated many ways (mutants.yaml beside this class), each the kind of edit a policy writer makes by mistake (or on
 * purpose); for every mutant either {@code rules check} fails with {@code file:line} and exit 2, or it passes and
 * assess, role, team assess, template and batch on the samples all succeed. An internal error (exit 3) from any
 * command on any mutant fails its case; a valid edit must pass.
 */
class KnowledgeMutationTest {

    private static final String VALID = "a valid edit";
    private static final Pattern FILE_LINE = Pattern.compile("(?m)^\\S*(rules|checklists)/[^:\\s]+:\\d+: \\S");
    private static final List<String> PLANS =
            List.of("jail-planning.yaml", "treatment-court-operating.json", "butler-county-jail.json");

    @TempDir
    Path dir;

    /** One edit of the shipped knowledge, of a kind (as mutants.yaml groups them). */
    record Mutant(String kind, KnowledgeEdit edit) {

        @Override
        public String toString() {
            return kind + ": " + edit;
        }
    }

    static List<Mutant> mutants() throws IOException {
        Map<String, List<List<String>>> byKind;
        try (var in = KnowledgeMutationTest.class.getResourceAsStream("mutants.yaml")) {
            byKind = new YAMLMapper().readValue(in, new TypeReference<LinkedHashMap<String, List<List<String>>>>() {});
        }
        List<Mutant> mutants = new ArrayList<>();
        byKind.forEach((kind, edits) ->
                edits.forEach(e -> mutants.add(new Mutant(kind, new KnowledgeEdit(e.get(0), e.get(1), e.get(2))))));
        return mutants;
    }

    private record Run(String command, int exit, String err) {}

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutants")
    void isRefusedWithFileAndLineOrRunsEveryCommand(Mutant mutant) throws Exception {
        KnowledgeCopy copy = new KnowledgeCopy(dir);
        copy.apply(mutant.edit());
        List<String> knowledge = mutant.edit().touchesRules()
                ? List.of("--rules", copy.rules.toString(), "--checklists", copy.checklists.toString())
                : List.of("--checklists", copy.checklists.toString());
        Run check = run(knowledge, "rules", "check");
        if (check.exit() == 2 && FILE_LINE.matcher(check.err()).find()) {
            assertNotEquals(VALID, mutant.kind(), "a valid edit is refused: " + check.err());
            return;
        }
        assertEquals(0, check.exit(), "rules check exit " + check.exit() + " without file:line: " + check.err());
        Path plans = Files.createDirectories(dir.resolve("plans"));
        for (String plan : PLANS) {
            Files.copy(Path.of("samples", plan), plans.resolve(plan));
        }
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Run> failed = List.of(
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
                                Path.of("samples", "role-troublesome-duties.yaml")
                                        .toString(),
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
                        run(
                                knowledge,
                                "template",
                                "-o",
                                out.resolve("intake.xlsx").toString()),
                        run(
                                knowledge,
                                "batch",
                                plans.toString(),
                                "-o",
                                out.resolve("batch").toString()))
                .stream()
                .filter(r -> r.exit() != 0)
                .toList();
        assertEquals(List.of(), failed, "rules check passed, then these commands failed");
    }

    private static Run run(List<String> knowledge, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(knowledge);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AdvisorCli.run(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(String.join(" ", command), exit, err.toString());
    }
}
