package org.prss.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.document.OfficeZipLimits;

/**
 * The assessment's outline as JSON in a hidden sheet of the workbook that reports it, so a later run (compare) can
 * read the workbook back exactly, without parsing the visible sheets: the rule set, program, date, verdict, scores,
 * and each finding's id, title, domain, status and severity. Field names are those of the full JSON output, so one
 * reader takes both. Cells hold at most 32,767 characters, so the JSON is split across rows.
 */
public final class EmbeddedAssessment {

    static final String SHEET = "Assessment Data";
    private static final int CHUNK = 30_000;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EmbeddedAssessment() {}

    static void embed(Workbook workbook, Assessment assessment) {
        Sheet sheet = workbook.createSheet(SHEET);
        String json = outline(assessment).toString();
        for (int i = 0, row = 0; i < json.length(); i += CHUNK, row++) {
            sheet.createRow(row).createCell(0).setCellValue(json.substring(i, Math.min(json.length(), i + CHUNK)));
        }
        workbook.setSheetHidden(workbook.getSheetIndex(SHEET), true);
    }

    private static ObjectNode outline(Assessment a) {
        ObjectNode root = MAPPER.createObjectNode();
        root.set("ruleSet", MAPPER.valueToTree(a.ruleSet()));
        root.set("program", MAPPER.valueToTree(a.program()));
        root.put("assessedOn", a.assessedOn().toString());
        root.put("verdict", a.verdict().name());
        root.set("verdictReasons", MAPPER.valueToTree(a.verdictReasons()));
        root.set("scores", MAPPER.valueToTree(a.scores()));
        ArrayNode findings = root.putArray("findings");
        for (Finding f : a.findings()) {
            findings.addObject()
                    .put("id", f.id())
                    .put("title", f.title())
                    .put("domain", f.domain())
                    .put("status", f.status().name())
                    .put("severity", f.severity().name());
        }
        return root;
    }

    /** The assessment JSON a workbook carries, or empty when the workbook was not written by the advisor. */
    public static Optional<JsonNode> read(InputStream workbook) throws IOException {
        OfficeZipLimits.apply();
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
            return Optional.of(MAPPER.readTree(json.toString()));
        }
    }
}
