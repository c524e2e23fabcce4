package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.input.document.OfficeZipLimits;

/**
 * Reads a filled-in intake workbook into the same JSON tree a program description has, and remembers which cell
 * each value came from, so every later problem names the sheet and cell. A cell that cannot be used is left out of
 * the tree and listed in {@link #problems()}, so one pass finds every problem; a value read leniently (a state code
 * in lower case, a note without an answer) is listed in {@link #notices()}. Nothing in the file is evaluated: a
 * formula is refused, not computed. Zip-bomb limits (OfficeZipLimits) are set before the file is opened.
 */
final class IntakeReader {

    /** Workbooks larger than this are refused before they are opened. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String name;
    private final List<IntakeFieldSpec> fields;
    private final Set<String> itemIds;
    private final Set<String> activityIds;
    private final IntakeCells cells = new IntakeCells();

    IntakeReader(String name, List<IntakeFieldSpec> fields, Set<String> itemIds, Set<String> activityIds) {
        this.name = name;
        this.fields = fields;
        this.itemIds = itemIds;
        this.activityIds = activityIds;
    }

    /** True when the bytes are a zip file, as an .xlsx workbook is. */
    static boolean looksLikeWorkbook(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** True for the old binary .xls format, which the advisor does not read. */
    static boolean looksLikeOldExcel(byte[] content) {
        return content.length >= 4
                && (content[0] & 0xff) == 0xD0
                && (content[1] & 0xff) == 0xCF
                && (content[2] & 0xff) == 0x11
                && (content[3] & 0xff) == 0xE0;
    }

    /**
     * The tree a program description would have, without the cells listed in {@link #problems()}; the cell each path
     * came from is in {@link #cellOf}. A file that is not an intake workbook (not a workbook, a sheet or header
     * missing) is refused at once.
     */
    JsonNode read(byte[] content) throws InvalidInputException {
        if (content.length > MAX_BYTES) {
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)", "the workbook is larger than " + MAX_BYTES / (1024 * 1024) + " MB", null));
        }
        ObjectNode tree = IntakeCells.JSON.objectNode();
        OfficeZipLimits.apply();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet program = sheet(workbook, IntakeLayout.PROGRAM, IntakeLayout.PROGRAM_HEADERS);
            Sheet checklist = sheet(workbook, IntakeLayout.CHECKLIST, IntakeLayout.CHECKLIST_HEADERS);
            Sheet role = sheet(workbook, IntakeLayout.ROLE, IntakeLayout.ROLE_HEADERS);
            Sheet waivers = sheet(workbook, IntakeLayout.WAIVERS, IntakeLayout.WAIVER_HEADERS);
            if (cells.hasProblems()) {
                throw new InvalidInputException(name, cells.problems());
            }
            new ProgramSheetReader(fields, cells).read(program, tree);
            new ChecklistSheetReader(itemIds, cells).read(checklist, tree);
            new RoleSheetReader(activityIds, cells).read(role, tree);
            waivers(waivers, tree);
            Sheet evaluation = workbook.getSheet(IntakeLayout.EVALUATION);
            if (evaluation != null) {
                sheet(workbook, IntakeLayout.EVALUATION, IntakeLayout.EVALUATION_HEADERS);
                measures(evaluation, tree);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            // A LinkageError too: a zip entry packed with a method whose codec is not on the class path (Zstandard,
            // found by fuzzing) fails with NoClassDefFoundError.
            throw new InvalidInputException(
                    name,
                    new InputProblem(
                            "(file)",
                            OfficeZipLimits.refusal(e)
                                    .orElseGet(() -> "is not a readable Excel workbook (.xlsx): " + reason(e)),
                            "save the intake as an Excel workbook (.xlsx), or give a JSON or YAML description"));
        }
        return tree;
    }

    /** The cells that could not be read, each naming its sheet and cell; they are not in the tree. */
    List<InputProblem> problems() {
        return cells.problems();
    }

    /** The description paths whose cells could not be read: they are missing from the tree for that reason. */
    Set<String> unreadable() {
        return cells.unreadable();
    }

    /** The cells read leniently, and how each was read. */
    List<InputProblem> notices() {
        return cells.notices();
    }

    /** What the workbook library said, without Java class names: "Package should contain a content type part". */
    private static String reason(Throwable e) {
        String message = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        String plain = message.replaceAll("([a-z]+\\.)+[A-Za-z]*Exception: ", "")
                .replaceAll("\\s*\\[M\\d+(\\.\\d+)*]", "")
                .strip();
        return plain.isEmpty() ? "the file is damaged or not a workbook" : plain;
    }

    /** Where a description path came from, for messages: "Program!B13". */
    String cellOf(String path) {
        return cells.cellOf(path);
    }

    private Sheet sheet(Workbook workbook, String sheetName, String[] headers) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            List<String> found = new ArrayList<>();
            workbook.forEach(s -> found.add(s.getSheetName()));
            cells.problem(
                    sheetName,
                    "sheet '" + sheetName + "' is missing (the workbook has: " + String.join(", ", found) + ")",
                    "start from ./advisor template and keep its sheet names");
            return null;
        }
        Row header = sheet.getRow(0);
        for (int c = 0; c < headers.length; c++) {
            String found = header == null ? "" : IntakeCells.text(header.getCell(c));
            if (!headers[c].equals(found == null ? "" : found)) {
                cells.problem(
                        IntakeCells.address(sheet, 0, c),
                        "expected the header '" + headers[c] + "', found '" + (found == null ? "" : found) + "'",
                        "do not edit the header rows");
            }
        }
        return sheet;
    }

    private void waivers(Sheet sheet, ObjectNode tree) {
        ArrayNode waivers = IntakeCells.JSON.arrayNode();
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || IntakeCells.rowBlank(row, 4)) {
                continue;
            }
            int index = waivers.size();
            ObjectNode waiver = cells.textCells(
                    sheet, row, new String[] {"findingId", "justification", "approvedBy"}, "waivers[" + index + "]");
            String at = IntakeCells.address(sheet, row.getRowNum(), 3);
            cells.remember("waivers[" + index + "].expires", at);
            cells.remember("waivers[" + index + "]", IntakeCells.address(sheet, row.getRowNum(), 0));
            LocalDate expires = cells.date(row.getCell(3), at);
            if (expires != null) {
                waiver.put("expires", expires.toString());
            }
            waivers.add(waiver);
        }
        if (!waivers.isEmpty()) {
            tree.set("waivers", waivers);
        }
    }

    /** Each filled row is a measure; its cells' texts go to the description as typed, for the schema to check. */
    private void measures(Sheet sheet, ObjectNode tree) {
        ArrayNode measures = IntakeCells.JSON.arrayNode();
        String[] keys = IntakeLayout.MEASURE_KEYS;
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || IntakeCells.rowBlank(row, keys.length)) {
                continue;
            }
            String at = "facts.evaluation.measures[" + measures.size() + "]";
            cells.remember(at, IntakeCells.address(sheet, row.getRowNum(), 0));
            measures.add(cells.textCells(sheet, row, keys, at));
        }
        if (!measures.isEmpty()) {
            ObjectNode facts = tree.has("facts") ? (ObjectNode) tree.get("facts") : tree.putObject("facts");
            ObjectNode evaluation =
                    facts.has("evaluation") ? (ObjectNode) facts.get("evaluation") : facts.putObject("evaluation");
            evaluation.set("measures", measures);
        }
    }
}
