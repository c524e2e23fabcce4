package org.prss.advisor.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.prss.advisor.bench.WorkbookCells.Blank;
import org.prss.advisor.bench.WorkbookCells.Numeric;
import org.prss.advisor.bench.WorkbookCells.RowCells;
import org.prss.advisor.bench.WorkbookCells.SheetCells;
import org.prss.advisor.bench.WorkbookCells.Text;

/** The POI floor's cells: read sheet by sheet from a written workbook, and written again through POI alone. */
class WorkbookCellsTest {

    @Test
    void numbersAndTextsAreReadSheetBySheetAndOtherCellsAsNothingToWrite() throws Exception {
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("Items").createRow(0);
            row.createCell(0).setCellValue("Item");
            row.createCell(1).setCellValue(3);
            row.createCell(2).setCellFormula("B1*2");
            wb.createSheet("Scores").createRow(0).createCell(0).setCellValue(1.5);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            workbook = out.toByteArray();
        }
        assertEquals(
                new WorkbookCells(List.of(
                        sheet(new RowCells(List.of(new Text("Item"), new Numeric(3), new Blank()))),
                        sheet(new RowCells(List.of(new Numeric(1.5)))))),
                WorkbookCells.of(workbook));
    }

    @Test
    void writtenThroughPoiTheNumbersAndTextsReadBackAndNothingElseIsWritten() throws Exception {
        WorkbookCells cells = new WorkbookCells(List.of(sheet(
                new RowCells(List.of(new Text("Status"), new Numeric(2))),
                new RowCells(List.of(new Blank(), new Text("met"))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        cells.writeThrough(new SXSSFWorkbook(-1), out);
        assertEquals(
                new WorkbookCells(List.of(sheet(
                        new RowCells(List.of(new Text("Status"), new Numeric(2))),
                        new RowCells(List.of(new Text("met")))))),
                WorkbookCells.of(out.toByteArray()));
    }

    private static SheetCells sheet(RowCells... rows) {
        return new SheetCells(List.of(rows));
    }
}
