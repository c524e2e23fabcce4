package org.prss.advisor.bench;

import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.prss.advisor.engine.PrecompiledRules;

/**
 * The floor a cold assessment is measured against: the least a fresh JVM must do for one, with none of the advisor's
 * own work. It loads the same precompiled rules into a KieBase, opens one session and fires it (on no facts), and
 * writes a 4,000-cell workbook with POI's streaming writer. Run by the bench as {@code ColdStartFloor OUT.xlsx}, in a
 * fresh JVM with the launcher's options for a short-lived JVM ({@code ./advisor --jvm-options}).
 */
public final class ColdStartFloor {

    static final int ROWS = 400;
    static final int COLUMNS = 10;

    private ColdStartFloor() {}

    public static void main(String[] args) throws Exception {
        KieBase rules = PrecompiledRules.packaged();
        KieSession session = rules.newKieSession();
        try {
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook();
                OutputStream out = new FileOutputStream(Path.of(args[0]).toFile())) {
            Sheet sheet = workbook.createSheet("Floor");
            for (int r = 0; r < ROWS; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < COLUMNS; c++) {
                    if (c % 2 == 0) {
                        row.createCell(c).setCellValue(r * COLUMNS + c);
                    } else {
                        row.createCell(c).setCellValue("cell " + r + "," + c);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
