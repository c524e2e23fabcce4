package org.prss.advisor.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of a written workbook, without styles, charts or layout: what a writer with no engine behind it would
 * have to write for the same assessment. Read back from the advisor's own workbook, written again through POI.
 */
record WorkbookCells(List<SheetCells> sheets) {

    /** One sheet's rows, in order. */
    record SheetCells(List<RowCells> rows) {}

    /** One row's cells, in the order the row holds them. */
    record RowCells(List<Value> cells) {}

    /** A cell's value: a number, a text, or nothing to write (a cell of another kind: formula, boolean, blank). */
    sealed interface Value {}

    record Numeric(double value) implements Value {}

    record Text(String value) implements Value {}

    record Blank() implements Value {}

    private static final Blank BLANK = new Blank();

    /** The cells of a workbook file. */
    static WorkbookCells of(byte[] workbook) throws IOException {
        List<SheetCells> sheets = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                List<RowCells> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<Value> values = new ArrayList<>();
                    for (Cell c : row) {
                        values.add(
                                c.getCellType() == CellType.NUMERIC
                                        ? new Numeric(c.getNumericCellValue())
                                        : c.getCellType() == CellType.STRING
                                                ? new Text(c.getStringCellValue())
                                                : BLANK);
                    }
                    rows.add(new RowCells(values));
                }
                sheets.add(new SheetCells(rows));
            }
        }
        return new WorkbookCells(sheets);
    }

    /**
     * Writes these cells through the given writer (POI's streaming writer, or the advisor's tuned one) to {@code out},
     * each at its index in its row, and closes the writer.
     */
    void writeThrough(SXSSFWorkbook workbook, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = workbook) {
            for (SheetCells cells : sheets) {
                Sheet sheet = wb.createSheet();
                for (int r = 0; r < cells.rows().size(); r++) {
                    Row row = sheet.createRow(r);
                    List<Value> values = cells.rows().get(r).cells();
                    for (int c = 0; c < values.size(); c++) {
                        Value v = values.get(c);
                        if (v instanceof Numeric n) {
                            row.createCell(c).setCellValue(n.value());
                        } else if (v instanceof Text t) {
                            row.createCell(c).setCellValue(t.value());
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }
}
