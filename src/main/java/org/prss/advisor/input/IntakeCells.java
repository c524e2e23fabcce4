package org.prss.advisor.input;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of one intake workbook as it is read: which cell each description path came from ("Program!B13"), the
 * cells that could not be used and those read leniently. Every sheet's reader records here, so one pass finds every
 * problem and each names its cell. A cell's text is read as typed; a formula is refused, never evaluated.
 */
final class IntakeCells {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final List<InputProblem> problems = new ArrayList<>();
    private final List<InputProblem> notices = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();

    void problem(String where, String problem, String hint) {
        problems.add(new InputProblem(where, problem, hint));
    }

    /** A value read leniently, and how it was read. */
    void notice(String where, String how) {
        notices.add(new InputProblem(where, how, null));
    }

    /** Remembers the cell a description path came from, for later messages. */
    void remember(String path, String where) {
        cells.put(path, where);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The cells that could not be read, each naming its sheet and cell; they are not in the tree. */
    List<InputProblem> problems() {
        return List.copyOf(problems);
    }

    /** The cells read leniently, and how each was read. */
    List<InputProblem> notices() {
        return List.copyOf(notices);
    }

    /** The description paths whose cells could not be read: they are missing from the tree for that reason. */
    Set<String> unreadable() {
        Set<String> bad = new HashSet<>();
        problems.forEach(p -> bad.add(p.path()));
        Set<String> paths = new HashSet<>();
        cells.forEach((path, cell) -> {
            if (bad.contains(cell)) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Where a description path came from, for messages: "Program!B13"; a path inside a remembered one, its cell. */
    String cellOf(String path) {
        String exact = cells.get(path);
        if (exact != null) {
            return exact;
        }
        String best = null;
        for (Map.Entry<String, String> e : cells.entrySet()) {
            if (path.startsWith(e.getKey() + ".") && (best == null || e.getKey().length() > best.length())) {
                best = e.getKey();
            }
        }
        return best == null ? null : cells.get(best);
    }

    /** True, with the problem recorded, when the cell holds a formula. */
    boolean formula(Cell cell, String where) {
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            problem(where, "is a formula; formulas are not read", "type the value itself");
            return true;
        }
        return false;
    }

    /**
     * A row's first cells as the texts of an object's keys, in column order; each key's cell is remembered for
     * messages as {@code at.key}, and a blank or formula cell gives no key.
     */
    ObjectNode textCells(Sheet sheet, Row row, String[] keys, String at) {
        ObjectNode object = JSON.objectNode();
        for (int c = 0; c < keys.length; c++) {
            String where = address(sheet, row.getRowNum(), c);
            remember(at + "." + keys[c], where);
            Cell cell = row.getCell(c);
            if (!formula(cell, where) && !blank(cell)) {
                object.put(keys[c], text(cell).strip());
            }
        }
        return object;
    }

    /** A date cell or a typed ISO date; null when blank, or (with the problem recorded) when it is neither. */
    LocalDate date(Cell cell, String where) {
        if (blank(cell) || formula(cell, where)) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        try {
            return LocalDate.parse(text(cell).strip());
        } catch (DateTimeParseException e) {
            problem(where, "expected a date, found '" + text(cell) + "'", "enter a date such as 2027-06-30");
            return null;
        }
    }

    static boolean rowBlank(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            if (!blank(row.getCell(c))) {
                return false;
            }
        }
        return true;
    }

    static boolean blank(Cell cell) {
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isBlank());
    }

    /** A cell's text as typed; numbers as they would be typed, formulas as their text (never evaluated). */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> {
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
            }
            case BOOLEAN -> cell.getBooleanCellValue() ? IntakeLayout.YES : IntakeLayout.NO;
            case FORMULA -> "=" + cell.getCellFormula();
            default -> null;
        };
    }

    /** "Program!B13". */
    static String address(Sheet sheet, int row, int column) {
        return sheet.getSheetName() + "!" + new CellReference(row, column).formatAsString();
    }
}
