package org.prss.advisor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills in an intake workbook the advisor wrote, as a person would in Excel: by field path, item id and waiver row. */
final class IntakeEdits {

    private IntakeEdits() {}

    static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static void edit(Path file, Consumer<XSSFWorkbook> edits) throws IOException {
        try (XSSFWorkbook wb = open(file)) {
            edits.accept(wb);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    /** The row whose cell in {@code column} holds {@code value}, or -1. */
    static int rowOf(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell c = row.getCell(column);
            if (c != null && c.getCellType() == CellType.STRING && value.equals(c.getStringCellValue())) {
                return row.getRowNum();
            }
        }
        return -1;
    }

    /** The text in {@code column} of the Checklist row of an item. */
    static String cell(Sheet checklist, String itemId, int column) {
        return checklist.getRow(rowOf(checklist, 2, itemId)).getCell(column).getStringCellValue();
    }

    static void program(XSSFWorkbook wb, String path, Object value) {
        Sheet program = wb.getSheet("Program");
        Cell cell = program.getRow(rowOf(program, 4, path)).getCell(1);
        if (value instanceof Number n) {
            cell.setCellValue(n.doubleValue());
        } else {
            cell.setCellValue(String.valueOf(value));
        }
    }

    static void answer(XSSFWorkbook wb, String itemId, String answer, String note) {
        Sheet checklist = wb.getSheet("Checklist");
        Row row = checklist.getRow(rowOf(checklist, 2, itemId));
        if (answer != null) {
            row.getCell(4).setCellValue(answer);
        }
        if (note != null) {
            row.getCell(5).setCellValue(note);
        }
    }

    static void waiver(XSSFWorkbook wb, String findingId, String expires) {
        Row row = wb.getSheet("Waivers").getRow(1);
        row.getCell(0).setCellValue(findingId);
        row.getCell(1).setCellValue("Budgeted for next year");
        row.getCell(2).setCellValue("Warden");
        row.getCell(3).setCellValue(expires);
    }
}
