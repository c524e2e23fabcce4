package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.input.document.OfficeZipLimits;
import org.prss.advisor.text.NearestName;

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

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final String name;
    private final List<IntakeFieldSpec> fields;
    private final Set<String> itemIds;
    private final Set<String> activityIds;
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<InputProblem> notices = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();

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
        ObjectNode tree = JSON.objectNode();
        OfficeZipLimits.apply();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet program = sheet(workbook, IntakeLayout.PROGRAM, IntakeLayout.PROGRAM_HEADERS);
            Sheet checklist = sheet(workbook, IntakeLayout.CHECKLIST, IntakeLayout.CHECKLIST_HEADERS);
            Sheet role = sheet(workbook, IntakeLayout.ROLE, IntakeLayout.ROLE_HEADERS);
            Sheet waivers = sheet(workbook, IntakeLayout.WAIVERS, IntakeLayout.WAIVER_HEADERS);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(name, problems);
            }
            program(program, tree);
            checklist(checklist, tree);
            role(role, tree);
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
        return List.copyOf(problems);
    }

    /** The description paths whose cells could not be read: they are missing from the tree for that reason. */
    Set<String> unreadable() {
        Set<String> bad = new java.util.HashSet<>();
        problems.forEach(p -> bad.add(p.path()));
        Set<String> paths = new java.util.HashSet<>();
        cells.forEach((path, cell) -> {
            if (bad.contains(cell)) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** The cells read leniently, and how each was read. */
    List<InputProblem> notices() {
        return List.copyOf(notices);
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

    private Sheet sheet(Workbook workbook, String sheetName, String[] headers) {
        Sheet sheet = workbook.getSheet(sheetName);
        if (sheet == null) {
            List<String> found = new ArrayList<>();
            workbook.forEach(s -> found.add(s.getSheetName()));
            problems.add(new InputProblem(
                    sheetName,
                    "sheet '" + sheetName + "' is missing (the workbook has: " + String.join(", ", found) + ")",
                    "start from ./advisor template and keep its sheet names"));
            return null;
        }
        Row header = sheet.getRow(0);
        for (int c = 0; c < headers.length; c++) {
            String found = header == null ? "" : text(header.getCell(c));
            if (!headers[c].equals(found == null ? "" : found)) {
                problems.add(new InputProblem(
                        address(sheet, 0, c),
                        "expected the header '" + headers[c] + "', found '" + (found == null ? "" : found) + "'",
                        "do not edit the header rows"));
            }
        }
        return sheet;
    }

    private void program(Sheet sheet, ObjectNode tree) {
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
                    problems.add(new InputProblem(
                            address(sheet, row.getRowNum(), IntakeLayout.PROGRAM_VALUE),
                            "a value in a row with no field path",
                            "fill in only the rows the template lists"));
                }
                continue;
            }
            IntakeFieldSpec spec = byPath.get(path.strip());
            if (spec == null) {
                problems.add(new InputProblem(
                        address(sheet, row.getRowNum(), IntakeLayout.PROGRAM_PATH),
                        "unknown field path '" + path + "'",
                        NearestName.didYouMean(path, byPath.keySet(), "do not edit the Field path column")));
                continue;
            }
            String where = address(sheet, row.getRowNum(), IntakeLayout.PROGRAM_VALUE);
            cells.put(spec.path(), where);
            JsonNode value = value(valueCell, spec, where);
            if (value != null) {
                JsonPaths.put(tree, spec.path(), value);
            }
        }
    }

    private JsonNode value(Cell cell, IntakeFieldSpec spec, String where) {
        if (blank(cell)) {
            return null;
        }
        if (cell.getCellType() == CellType.FORMULA) {
            problems.add(new InputProblem(where, "is a formula; formulas are not read", "type the value itself"));
            return null;
        }
        String label = " (" + spec.field().label() + ")";
        switch (spec.kind()) {
            case INTEGER, NUMBER -> {
                if (cell.getCellType() != CellType.NUMERIC) {
                    problems.add(new InputProblem(
                            where, "expected a number" + label + ", found text '" + text(cell) + "'", null));
                    return null;
                }
                double d = cell.getNumericCellValue();
                if (spec.kind() == FieldKind.INTEGER) {
                    if (d != Math.rint(d)) {
                        problems.add(new InputProblem(where, "expected a whole number" + label + ", found " + d, null));
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
                problems.add(new InputProblem(where, "expected Yes or No" + label + ", found '" + t + "'", null));
                return null;
            }
            case CHOICE -> {
                String t = text(cell);
                for (String choice : spec.choices()) {
                    if (choice.equalsIgnoreCase(t)) {
                        return JSON.textNode(choice);
                    }
                }
                problems.add(new InputProblem(
                        where,
                        "'" + t + "' is not one of the choices" + label,
                        NearestName.didYouMean(
                                t.toUpperCase(Locale.ROOT),
                                spec.choices(),
                                "choose from: " + String.join(", ", spec.choices()))));
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
                    notices.add(new InputProblem(where, "read '" + t + "' as " + upper, null));
                    return JSON.textNode(upper);
                }
                return JSON.textNode(t);
            }
        }
    }

    private void checklist(Sheet sheet, ObjectNode tree) {
        ObjectNode answers = JSON.objectNode();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String id = text(row.getCell(IntakeLayout.CHECKLIST_ID));
            Cell answerCell = row.getCell(IntakeLayout.CHECKLIST_ANSWER);
            Cell noteCell = row.getCell(IntakeLayout.CHECKLIST_NOTE);
            if (blank(answerCell) && blank(noteCell)) {
                continue;
            }
            String answerAt = address(sheet, row.getRowNum(), IntakeLayout.CHECKLIST_ANSWER);
            if (id == null || !itemIds.contains(id.strip())) {
                problems.add(new InputProblem(
                        address(sheet, row.getRowNum(), IntakeLayout.CHECKLIST_ID),
                        "'" + id + "' is not an item in the knowledge base",
                        NearestName.didYouMean(String.valueOf(id), itemIds, "do not edit the ID column")));
                continue;
            }
            if (formula(answerCell, answerAt)
                    | formula(noteCell, address(sheet, row.getRowNum(), IntakeLayout.CHECKLIST_NOTE))) {
                continue;
            }
            String answer = text(answerCell);
            String canonical;
            if (answer == null || answer.isBlank()) {
                canonical = IntakeLayout.UNKNOWN;
                notices.add(new InputProblem(
                        answerAt,
                        "a note without an answer, read as " + IntakeLayout.UNKNOWN + " with its note",
                        null));
            } else {
                canonical = List.of(IntakeLayout.ANSWERS).stream()
                        .filter(a -> a.equalsIgnoreCase(answer.strip()))
                        .findFirst()
                        .orElse(null);
            }
            if (canonical == null) {
                problems.add(new InputProblem(
                        answerAt,
                        "'" + answer + "' is not an answer",
                        NearestName.didYouMean(
                                answer.strip(), List.of(IntakeLayout.ANSWERS), "choose YES, PARTIAL, NO or UNKNOWN")));
                continue;
            }
            ObjectNode entry = answers.putObject(id.strip());
            entry.put("answer", canonical);
            String note = text(noteCell);
            if (note != null && !note.isBlank()) {
                entry.put("note", note.strip());
            }
            cells.put("answers." + id.strip(), answerAt);
        }
        if (!answers.isEmpty()) {
            tree.set("answers", answers);
        }
    }

    private void role(Sheet sheet, ObjectNode tree) {
        ArrayNode activities = JSON.arrayNode();
        ArrayNode duties = JSON.arrayNode();
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Cell inRole = row.getCell(IntakeLayout.ROLE_IN_ROLE);
            String inRoleAt = address(sheet, row.getRowNum(), IntakeLayout.ROLE_IN_ROLE);
            if (!blank(inRole) && !formula(inRole, inRoleAt)) {
                String mark = text(inRole);
                String id = text(row.getCell(IntakeLayout.ROLE_ID));
                if (IntakeLayout.YES.equalsIgnoreCase(mark)) {
                    if (id == null || !activityIds.contains(id.strip())) {
                        problems.add(new InputProblem(
                                address(sheet, row.getRowNum(), IntakeLayout.ROLE_ID),
                                "'" + id + "' is not a worksheet activity",
                                "do not edit the ID column"));
                    } else {
                        cells.put("role.activities[" + activities.size() + "]", inRoleAt);
                        activities.add(id.strip());
                    }
                } else if (!IntakeLayout.NO.equalsIgnoreCase(mark)) {
                    problems.add(new InputProblem(inRoleAt, "expected Yes or No, found '" + mark + "'", null));
                }
            }
            Cell duty = row.getCell(IntakeLayout.ROLE_DUTIES);
            String dutyAt = address(sheet, row.getRowNum(), IntakeLayout.ROLE_DUTIES);
            if (!blank(duty) && !formula(duty, dutyAt)) {
                cells.put("role.duties[" + duties.size() + "]", dutyAt);
                duties.add(text(duty).strip());
            }
        }
        if (!activities.isEmpty() || !duties.isEmpty()) {
            ObjectNode role = tree.putObject("role");
            if (!activities.isEmpty()) {
                role.set("activities", activities);
            }
            if (!duties.isEmpty()) {
                role.set("duties", duties);
            }
        }
    }

    private void waivers(Sheet sheet, ObjectNode tree) {
        ArrayNode waivers = JSON.arrayNode();
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || rowBlank(row, 4)) {
                continue;
            }
            int index = waivers.size();
            ObjectNode waiver = textCells(
                    sheet, row, new String[] {"findingId", "justification", "approvedBy"}, "waivers[" + index + "]");
            String at = address(sheet, row.getRowNum(), 3);
            cells.put("waivers[" + index + "].expires", at);
            cells.put("waivers[" + index + "]", address(sheet, row.getRowNum(), 0));
            LocalDate expires = date(row.getCell(3), at);
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
        ArrayNode measures = JSON.arrayNode();
        String[] keys = IntakeLayout.MEASURE_KEYS;
        for (Row row : sheet) {
            if (row.getRowNum() == 0 || rowBlank(row, keys.length)) {
                continue;
            }
            String at = "facts.evaluation.measures[" + measures.size() + "]";
            cells.put(at, address(sheet, row.getRowNum(), 0));
            measures.add(textCells(sheet, row, keys, at));
        }
        if (!measures.isEmpty()) {
            ObjectNode facts = tree.has("facts") ? (ObjectNode) tree.get("facts") : tree.putObject("facts");
            ObjectNode evaluation =
                    facts.has("evaluation") ? (ObjectNode) facts.get("evaluation") : facts.putObject("evaluation");
            evaluation.set("measures", measures);
        }
    }

    /**
     * A row's first cells as the texts of an object's keys, in column order; each key's cell is remembered for
     * messages as {@code at.key}, and a blank or formula cell gives no key.
     */
    private ObjectNode textCells(Sheet sheet, Row row, String[] keys, String at) {
        ObjectNode object = JSON.objectNode();
        for (int c = 0; c < keys.length; c++) {
            String where = address(sheet, row.getRowNum(), c);
            cells.put(at + "." + keys[c], where);
            Cell cell = row.getCell(c);
            if (!formula(cell, where) && !blank(cell)) {
                object.put(keys[c], text(cell).strip());
            }
        }
        return object;
    }

    private LocalDate date(Cell cell, String where) {
        if (blank(cell) || formula(cell, where)) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        try {
            return LocalDate.parse(text(cell).strip());
        } catch (DateTimeParseException e) {
            problems.add(new InputProblem(
                    where, "expected a date, found '" + text(cell) + "'", "enter a date such as 2027-06-30"));
            return null;
        }
    }

    private boolean formula(Cell cell, String where) {
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
            problems.add(new InputProblem(where, "is a formula; formulas are not read", "type the value itself"));
            return true;
        }
        return false;
    }

    private static boolean rowBlank(Row row, int columns) {
        for (int c = 0; c < columns; c++) {
            if (!blank(row.getCell(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean blank(Cell cell) {
        return cell == null
                || cell.getCellType() == CellType.BLANK
                || (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().isBlank());
    }

    /** A cell's text as typed; numbers as they would be typed, formulas as their text (never evaluated). */
    private static String text(Cell cell) {
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

    private static String address(Sheet sheet, int row, int column) {
        return sheet.getSheetName() + "!" + new org.apache.poi.ss.util.CellReference(row, column).formatAsString();
    }
}
