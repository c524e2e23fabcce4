package org.prss.advisor.report;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * A header row and data rows on a sheet, with the finishing a reader expects: frozen header, filter,
 * fixed column widths, landscape printing that repeats the header. Text is always written as text,
 * so nothing a user typed can become a formula.
 */
public final class Table {

    private final Sheet sheet;
    private final Styles styles;
    private final int headerRow;
    private final int columns;
    private int next;

    private Table(Sheet sheet, Styles styles, int headerRow, String... headers) {
        this.sheet = sheet;
        this.styles = styles;
        this.headerRow = headerRow;
        this.columns = headers.length;
        Row row = sheet.createRow(headerRow);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(styles.header);
        }
        next = headerRow + 1;
    }

    /** A table whose header is the first row of the sheet. */
    public static Table on(Sheet sheet, Styles styles, String... headers) {
        return new Table(sheet, styles, 0, headers);
    }

    /** A table further down a sheet, under other content. */
    public static Table at(Sheet sheet, Styles styles, int headerRow, String... headers) {
        return new Table(sheet, styles, headerRow, headers);
    }

    public Row row() {
        return sheet.createRow(next++);
    }

    public int lastRow() {
        return next - 1;
    }

    public static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    public static void number(Row row, int column, Number value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    public Row textRow(String... values) {
        Row row = row();
        for (int c = 0; c < values.length; c++) {
            text(row, c, values[c], styles.text);
        }
        return row;
    }

    /** Freezes the header, adds a filter, sets widths (in characters) and print setup. */
    public void finish(int... widths) {
        sheet.createFreezePane(0, headerRow + 1);
        if (next > headerRow + 1) {
            sheet.setAutoFilter(new CellRangeAddress(headerRow, next - 1, 0, columns - 1));
        }
        widths(sheet, widths);
        fitRowHeights(widths);
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        printSetup(sheet);
    }

    /** For one of several tables on a sheet: sizes its rows to their text (the sheet sets widths and printing). */
    public void fitRows(int... widths) {
        fitRowHeights(widths);
    }

    /**
     * Sets each row's height from its longest wrapped cell. Spreadsheet programs do not all re-measure rows
     * on opening, and a fixed estimate keeps the workbook the same wherever it is opened.
     */
    private void fitRowHeights(int[] widths) {
        for (int r = headerRow; r < next; r++) {
            Row row = sheet.getRow(r);
            int lines = 1;
            for (Cell cell : row) {
                int c = cell.getColumnIndex();
                if (c < widths.length && cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    lines = Math.max(lines, wrappedLines(cell.getStringCellValue(), widths[c]));
                }
            }
            row.setHeightInPoints(Math.min(lines, MAX_LINES) * POINTS_PER_LINE);
        }
    }

    /** A label and its value on row {@code r}; returns the next free row. */
    public static int pair(Sheet sheet, Styles styles, int r, String label, String value) {
        Row row = sheet.createRow(r);
        Table.text(row, 0, label, styles.label);
        Table.text(row, 1, value == null ? "(not stated)" : value, styles.text);
        return r + 1;
    }

    /** Sets a row's height for {@code text} wrapped across a cell (or merged cells) {@code width} characters wide. */
    public static void fitHeight(Row row, String text, int width) {
        int lines = text == null ? 1 : wrappedLines(text, width);
        row.setHeightInPoints(Math.max(row.getHeightInPoints(), Math.min(lines, MAX_LINES) * POINTS_PER_LINE));
    }

    private static final int MAX_LINES = 30;
    private static final float POINTS_PER_LINE = 13f;

    private static int wrappedLines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(line.length() / (width * 1.2)));
        }
        return lines;
    }

    /** A number as a formula or message writes it: "30", "2.5". */
    public static String plain(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    /** A drop-down of fixed choices on rows {@code firstRow..lastRow} of one column, refusing anything else. */
    /** An enum's values by name, in declaration order: the choices of a drop-down. */
    public static String[] names(Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }

    public static void dropDown(Sheet sheet, int firstRow, int lastRow, int column, String title, String... choices) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(
                helper.createExplicitListConstraint(choices),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox(title, "Choose one of: " + String.join(", ", choices));
        sheet.addValidationData(v);
    }

    /** Date entry on rows {@code firstRow..lastRow} of one column, refusing anything that is not a date. */
    public static void dateInput(Sheet sheet, int firstRow, int lastRow, int column, String title) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation v = helper.createValidation(
                helper.createDateConstraint(
                        org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType.GREATER_THAN,
                        "DATE(2000,1,1)",
                        null,
                        "yyyy-mm-dd"),
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.setShowErrorBox(true);
        v.createErrorBox(title, "Enter a date, such as 2027-06-30.");
        sheet.addValidationData(v);
    }

    public static void widths(Sheet sheet, int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    public static void printSetup(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(false);
    }
}
