package org.prss.advisor.input;

import static org.prss.advisor.input.IntakeCells.JSON;
import static org.prss.advisor.input.IntakeCells.blank;
import static org.prss.advisor.input.IntakeCells.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.text.NearestName;

/**
 * Reads the intake workbook's Program sheet: each row's field path (a column the template fills and the user leaves
 * alone) says where its value goes in the description, and the field's kind how the value is read.
 */
final class ProgramSheetReader {

    private final List<IntakeFieldSpec> fields;
    private final IntakeCells cells;

    ProgramSheetReader(List<IntakeFieldSpec> fields, IntakeCells cells) {
        this.fields = fields;
        this.cells = cells;
    }

    void read(Sheet sheet, ObjectNode tree) {
        Map<String, IntakeFieldSpec> byPath = new LinkedHashMap<>();
        fields.forEach(f -> byPath.put(f.path(), f));
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Cell pathCell = row.getCell(IntakeLayout.PROGRAM_PATH);
            Cell valueCell = row.getCell(IntakeLayout.PROGRAM_VALUE);
            String path = text(pathCell);
            if (path == null || path.isBlank()) {
                if (!blank(valueCell)) {
                    cells.problem(
                            IntakeCells.address(sheet, row.getRowNum(), IntakeLayout.PROGRAM_VALUE),
                            "a value in a row with no field path",
                            "fill in only the rows the template lists");
                }
                continue;
            }
            IntakeFieldSpec spec = byPath.get(path.strip());
            if (spec == null) {
                cells.problem(
                        IntakeCells.address(sheet, row.getRowNum(), IntakeLayout.PROGRAM_PATH),
                        "unknown field path '" + path + "'",
                        NearestName.didYouMean(path, byPath.keySet(), "do not edit the Field path column"));
                continue;
            }
            String where = IntakeCells.address(sheet, row.getRowNum(), IntakeLayout.PROGRAM_VALUE);
            cells.remember(spec.path(), where);
            JsonNode value = value(valueCell, spec, where);
            if (value != null) {
                JsonPaths.put(tree, spec.path(), value);
            }
        }
    }

    /** The cell's value as its field's kind reads it; null when blank or (with the problem recorded) unusable. */
    private JsonNode value(Cell cell, IntakeFieldSpec spec, String where) {
        if (blank(cell) || cells.formula(cell, where)) {
            return null;
        }
        String label = " (" + spec.field().label() + ")";
        switch (spec.kind()) {
            case INTEGER, NUMBER -> {
                if (cell.getCellType() != CellType.NUMERIC) {
                    cells.problem(where, "expected a number" + label + ", found text '" + text(cell) + "'", null);
                    return null;
                }
                double d = cell.getNumericCellValue();
                if (spec.kind() == FieldKind.INTEGER) {
                    if (d != Math.rint(d)) {
                        cells.problem(where, "expected a whole number" + label + ", found " + d, null);
                        return null;
                    }
                    return JSON.numberNode((long) d);
                }
                return JSON.numberNode(d);
            }
            case YES_NO -> {
                if (cell.getCellType() == CellType.BOOLEAN) {
                    return JSON.booleanNode(cell.getBooleanCellValue());
                }
                String t = text(cell);
                if (IntakeLayout.YES.equalsIgnoreCase(t) || IntakeLayout.NO.equalsIgnoreCase(t)) {
                    return JSON.booleanNode(IntakeLayout.YES.equalsIgnoreCase(t));
                }
                cells.problem(where, "expected Yes or No" + label + ", found '" + t + "'", null);
                return null;
            }
            case CHOICE -> {
                String t = text(cell);
                for (String choice : spec.choices()) {
                    if (choice.equalsIgnoreCase(t)) {
                        return JSON.textNode(choice);
                    }
                }
                cells.problem(
                        where,
                        "'" + t + "' is not one of the choices" + label,
                        NearestName.didYouMean(
                                t.toUpperCase(Locale.ROOT),
                                spec.choices(),
                                "choose from: " + String.join(", ", spec.choices())));
                return null;
            }
            case LIST -> {
                ArrayNode list = JSON.arrayNode();
                for (String part : text(cell).split(";")) {
                    if (!part.isBlank()) {
                        list.add(part.strip());
                    }
                }
                return list;
            }
            default -> {
                String t = text(cell).strip();
                String upper = t.toUpperCase(Locale.ROOT);
                if (spec.pattern() != null
                        && !spec.pattern().matcher(t).find()
                        && spec.pattern().matcher(upper).find()) {
                    cells.notice(where, "read '" + t + "' as " + upper);
                    return JSON.textNode(upper);
                }
                return JSON.textNode(t);
            }
        }
    }
}
