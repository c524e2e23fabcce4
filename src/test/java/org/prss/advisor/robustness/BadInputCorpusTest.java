package org.prss.advisor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.Submission;
import org.prss.advisor.report.AssessmentWorkbook;
import org.prss.advisor.report.IntakeTemplate;

/**
 * A corpus of bad input: truncated and mutated JSON and YAML, random bytes, damaged workbooks, huge strings, deep
 * nesting and spreadsheet formulas in free text. Each is either assessed or refused with InvalidInputException (exit 2,
 * a 4xx over HTTP); nothing else escapes, and free text never becomes a formula in the workbook.
 */
class BadInputCorpusTest {

    private static final Advisor ADVISOR = TestAdvisor.get();

    @TempDir
    Path dir;

    /** Reads and, if valid, assesses and writes the workbook; any exception but InvalidInputException fails. */
    private static boolean survives(String name, byte[] content) {
        try {
            Submission s = ADVISOR.reader().read(name, content);
            new AssessmentWorkbook(ADVISOR.knowledge())
                    .write(ADVISOR.assess(s, TestAdvisor.AS_OF), s, new ByteArrayOutputStream());
            return true;
        } catch (InvalidInputException e) {
            assertFalse(e.problems().isEmpty(), name);
            return false;
        } catch (Throwable t) {
            fail(name + " escaped as " + t, t);
            return false;
        }
    }

    private static List<byte[]> samples() throws Exception {
        List<byte[]> all = new ArrayList<>();
        for (String s : List.of(
                "jail-planning.yaml",
                "treatment-court-operating.json",
                "butler-county-jail.json",
                "role-troublesome-duties.yaml")) {
            all.add(Files.readAllBytes(Path.of("samples", s)));
        }
        return all;
    }

    @Test
    void truncatedDescriptionsAreRefusedOrAssessed() throws Exception {
        int refused = 0;
        for (byte[] sample : samples()) {
            for (int cut = 1; cut < sample.length; cut += Math.max(1, sample.length / 40)) {
                refused += survives("truncated", java.util.Arrays.copyOf(sample, cut)) ? 0 : 1;
            }
        }
        assertTrue(refused > 50, "most truncations are invalid: " + refused);
    }

    @Test
    void mutatedDescriptionsAreRefusedOrAssessed() throws Exception {
        Random random = new Random(11);
        byte[] alphabet = "{}[]:,\"'- \n\t#&*!|>0aZ9".getBytes(StandardCharsets.UTF_8);
        for (byte[] sample : samples()) {
            for (int i = 0; i < 60; i++) {
                byte[] copy = sample.clone();
                for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
                    copy[random.nextInt(copy.length)] = alphabet[random.nextInt(alphabet.length)];
                }
                survives("mutated", copy);
            }
        }
    }

    @Test
    void randomBytesAreRefused() {
        Random random = new Random(5);
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[1 + random.nextInt(4000)];
            random.nextBytes(bytes);
            assertFalse(survives("random", bytes), "random bytes are never a description");
        }
        assertFalse(survives("empty", new byte[0]));
    }

    @Test
    void damagedWorkbooksAreRefused() throws Exception {
        Submission jail = ADVISOR.reader().read(Path.of("samples/jail-planning.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IntakeTemplate(ADVISOR.knowledge()).write(null, jail.received(), out);
        byte[] workbook = out.toByteArray();
        assertTrue(survives("intact", workbook));
        Random random = new Random(3);
        for (int i = 0; i < 25; i++) {
            byte[] copy = workbook.clone();
            int at = 100 + random.nextInt(copy.length - 200);
            for (int j = 0; j < 64; j++) {
                copy[at + j] = (byte) random.nextInt(256);
            }
            survives("damaged", copy);
        }
        assertFalse(survives("truncated workbook", java.util.Arrays.copyOf(workbook, workbook.length / 2)));
    }

    @Test
    void hugeStringsAndDeepNestingAreRefused() {
        String huge = "x".repeat(300_000);
        assertFalse(survives("huge", ("{\"program\": {\"name\": \"" + huge + "\"}}").getBytes(StandardCharsets.UTF_8)));
        assertFalse(survives(
                "huge duty", ("{\"role\": {\"duties\": [\"" + huge + "\"]}}").getBytes(StandardCharsets.UTF_8)));
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertFalse(survives("deep", ("{\"facts\": " + deep + "}").getBytes(StandardCharsets.UTF_8)));
        String deepYaml = "a:\n" + "  ".repeat(1).repeat(1);
        StringBuilder nested = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            nested.append("- ");
        }
        assertFalse(survives("deep yaml", (deepYaml + nested + "x\n").getBytes(StandardCharsets.UTF_8)));
        assertFalse(survives("too big", new byte[6 * 1024 * 1024]));
    }

    @Test
    void formulaTextInFreeTextStaysText() throws Exception {
        String yaml = """
                program: {name: "=HYPERLINK(\\"http://evil\\",\\"click\\")", agency: "+SUM(1,2)", setting: JAIL}
                facts: {fundingSources: ["@SUM(A1)", "-1+2"]}
                answers: {RDY-HR-01: {answer: NO, note: "=cmd|' /C calc'!A0"}}
                role: {duties: ["=1+1 administer urine screens", "@Facilitate groups"]}
                waivers: [{findingId: RDY-HR-05, justification: "=A1", approvedBy: "=B2", expires: 2027-01-01}]
                """;
        Submission s = ADVISOR.reader().read("formulas.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AssessmentWorkbook(ADVISOR.knowledge()).write(ADVISOR.assess(s, TestAdvisor.AS_OF), s, out);
        int found = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertEquals("Staffing Plan", sheet.getSheetName(), "only the what-if table has formulas");
                            assertTrue(c.getCellFormula().startsWith("ROUNDUP("), c.getCellFormula());
                        } else if (c.getCellType() == CellType.STRING
                                && c.getStringCellValue().contains("HYPERLINK")) {
                            found++;
                        }
                    }
                }
            }
        }
        assertTrue(found >= 2, "the program name appears as text on the Summary and Input sheets: " + found);
    }

    @Test
    void theCommandLineRefusesTheCorpusWithExitTwoAndNoStackTrace() throws Exception {
        Random random = new Random(9);
        List<byte[]> corpus = new ArrayList<>();
        byte[] bytes = new byte[512];
        random.nextBytes(bytes);
        corpus.add(bytes);
        corpus.add("{\"facts\": ".getBytes(StandardCharsets.UTF_8));
        corpus.add(("{\"facts\": " + "[".repeat(3000) + "]".repeat(3000) + "}").getBytes(StandardCharsets.UTF_8));
        corpus.add("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1));
        for (int i = 0; i < corpus.size(); i++) {
            Path file = Files.write(dir.resolve("bad-" + i + ".json"), corpus.get(i));
            java.io.StringWriter err = new java.io.StringWriter();
            int exit = org.prss.advisor.cli.AdvisorCli.run(
                    new String[] {
                        "assess",
                        file.toString(),
                        "-o",
                        dir.resolve("out-" + i + ".xlsx").toString()
                    },
                    new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.PrintWriter(err, true));
            assertEquals(2, exit, err.toString());
            assertFalse(err.toString().contains("Exception") || err.toString().contains("\tat "), err.toString());
            assertFalse(Files.exists(dir.resolve("out-" + i + ".xlsx")));
        }
    }
}
