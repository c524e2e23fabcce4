package org.prss.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.assessment.Assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * The assessment as JSON in a hidden sheet of the workbook that reports it, so a later run (compare, the portfolio)
 * can read the workbook back exactly, without parsing the visible sheets. Cells hold at most 32,767 characters, so
 * the JSON is split across rows.
 */
public final class EmbeddedAssessment {

    static final String SHEET = "Assessment Data";
    private static final int CHUNK = 30_000;

    private EmbeddedAssessment() {
    }

    static void embed(XSSFWorkbook workbook, Assessment assessment) {
        Sheet sheet = workbook.createSheet(SHEET);
        String json = AssessmentJson.toJson(assessment);
        for (int i = 0, row = 0; i < json.length(); i += CHUNK, row++) {
            sheet.createRow(row).createCell(0).setCellValue(json.substring(i, Math.min(json.length(), i + CHUNK)));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(SHEET), true);
    }

    /** The assessment JSON a workbook carries, or empty when the workbook was not written by the advisor. */
    public static Optional<JsonNode> read(InputStream workbook) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(workbook)) {
            Sheet sheet = wb.getSheet(SHEET);
            if (sheet == null) {
                return Optional.empty();
            }
            StringBuilder json = new StringBuilder();
            for (Row row : sheet) {
                Cell cell = row.getCell(0);
                if (cell != null) {
                    json.append(cell.getStringCellValue());
                }
            }
            return Optional.of(new ObjectMapper().readTree(json.toString()));
        }
    }
}
