package org.prss.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The tuned streaming writer: the same sheet XML as POI's own, no temporary files, and valid XML where POI's is not.
 */
class StreamingWorkbookTest {

    private static final List<String> TEXTS = List.of(
            "plain words",
            "a < b & c > d \"quoted\" 'single'",
            "line one\nline two\r\n\ttabbed",
            "no\u00a0break",
            "control \u0001 and \u001f",
            "emoji \ud83d\ude00 pair",
            " leading and trailing ",
            "=SUM(A1:A2)",
            "not characters \ufffe \uffff",
            "",
            "é ü ß 中文");

    private static byte[] write(SXSSFWorkbook workbook, List<String> texts) throws IOException {
        try (SXSSFWorkbook wb = workbook) {
            Sheet sheet = wb.createSheet("Texts");
            for (int i = 0; i < texts.size(); i++) {
                sheet.createRow(i).createCell(0).setCellValue(texts.get(i));
                sheet.getRow(i).createCell(1).setCellValue(i * 1.5);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        }
    }

    private static String sheetXml(byte[] workbook) throws IOException {
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(workbook))
                .get()) {
            ZipArchiveEntry sheet = zip.getEntry("xl/worksheets/sheet1.xml");
            if (sheet == null) {
                throw new AssertionError("no sheet1.xml in the workbook");
            }
            return new String(zip.getInputStream(sheet).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTheSameSheetXmlAsPoi() throws IOException {
        String poi = sheetXml(write(new SXSSFWorkbook(-1), TEXTS));
        String tuned = sheetXml(write(new StreamingWorkbook(new XSSFWorkbook()), TEXTS));
        assertEquals(poi, tuned);
        assertTrue(tuned.contains("a &lt; b &amp; c &gt; d &quot;quoted&quot;"), tuned);
        assertTrue(tuned.contains("line one&#xa;line two&#xd;&#xa;&#x9;tabbed"), tuned);
        assertTrue(tuned.contains("control ? and ?"), tuned);
    }

    @Test
    void readsBackEveryTextAsWritten() throws IOException {
        try (XSSFWorkbook read =
                new XSSFWorkbook(new ByteArrayInputStream(write(new StreamingWorkbook(new XSSFWorkbook()), TEXTS)))) {
            Sheet sheet = read.getSheet("Texts");
            assertEquals("emoji \ud83d\ude00 pair", sheet.getRow(5).getCell(0).getStringCellValue());
            assertEquals(" leading and trailing ", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals("=SUM(A1:A2)", sheet.getRow(7).getCell(0).getStringCellValue());
            assertEquals("é ü ß 中文", sheet.getRow(10).getCell(0).getStringCellValue());
            assertEquals(15.0, sheet.getRow(10).getCell(1).getNumericCellValue());
        }
    }

    @Test
    void anUnpairedSurrogateBecomesAQuestionMarkSoTheXmlStaysReadable() throws IOException {
        byte[] workbook = write(
                new StreamingWorkbook(new XSSFWorkbook()), List.of("high \ud800 alone", "low \udc00 alone", "\ud83d"));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = read.getSheet("Texts");
            assertEquals("high ? alone", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("low ? alone", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals("?", sheet.getRow(2).getCell(0).getStringCellValue());
        }
    }

    @Test
    void keepsSheetRowsInMemoryRatherThanInTemporaryFiles() throws IOException {
        List<String> created = new ArrayList<>();
        TempFileCreationStrategy counting = new DefaultTempFileCreationStrategy() {
            @Override
            public File createTempFile(String prefix, String suffix) throws IOException {
                created.add(prefix + suffix);
                return super.createTempFile(prefix, suffix);
            }
        };
        TempFile.setTempFileCreationStrategy(counting);
        try {
            write(new StreamingWorkbook(new XSSFWorkbook()), TEXTS);
            List<String> tuned = List.copyOf(created);
            created.clear();
            write(new SXSSFWorkbook(-1), TEXTS);
            assertTrue(
                    created.stream().anyMatch(name -> name.startsWith("poi-sxssf-sheet")),
                    "POI's sheet goes to a file: " + created);
            assertTrue(tuned.stream().noneMatch(name -> name.startsWith("poi-sxssf-sheet")), "tuned: " + tuned);
        } finally {
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        }
    }
}
