package org.prss.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.input.IntakeLayout;
import org.prss.advisor.model.Setting;

/** The intake workbook's Instructions sheet says what the web page's questionnaire says, from one source. */
class IntakeInstructionsTest {

    private static List<String> instructions(Setting setting) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new IntakeTemplate(TestAdvisor.get().knowledge()).write(setting, null, out);
        List<String> lines = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Row row : workbook.getSheet(IntakeLayout.INSTRUCTIONS)) {
                lines.add(row.getCell(0).getStringCellValue());
            }
        }
        return lines;
    }

    private static boolean hasLineStarting(List<String> lines, String start) {
        return lines.stream().anyMatch(l -> l.startsWith(start));
    }

    @Test
    void theInstructionsSheetSaysWhatTheQuestionnaireSays() throws Exception {
        List<String> lines = instructions(Setting.JAIL);
        assertTrue(lines.contains(IntakeInstructions.BLANK), "what a blank means");
        assertTrue(
                hasLineStarting(lines, IntakeInstructions.forSheet(IntakeLayout.CHECKLIST, IntakeInstructions.ANSWER)),
                "how to answer");
        assertTrue(hasLineStarting(lines, IntakeInstructions.forSheet(IntakeLayout.ROLE, IntakeInstructions.ROLE)));
        assertTrue(lines.contains(IntakeInstructions.forSheet(IntakeLayout.EVALUATION, IntakeInstructions.MEASURES)));
        assertTrue(lines.contains(IntakeInstructions.forSheet(IntakeLayout.WAIVERS, IntakeInstructions.WAIVERS)));
        assertTrue(lines.contains(IntakeInstructions.scope(Setting.JAIL)), "what the JAIL template leaves out");
        assertTrue(instructions(null).contains(IntakeInstructions.scope(null)), "a template of every setting");
    }

    @Test
    void theInstructionNamesEveryAnswerTheIntakeReads() {
        for (String answer : IntakeLayout.ANSWERS) {
            assertTrue(IntakeInstructions.ANSWER.contains(answer), answer);
        }
    }

    @Test
    void anInstructionForASheetStartsWithTheSheet() {
        assertEquals("Waivers: a finding ...", IntakeInstructions.forSheet("Waivers", "A finding ..."));
    }
}
