package org.prss.advisor.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;

/** The workbook's cell styles, created once per workbook and shared by every cell that uses them. */
public final class Styles {

    public final CellStyle title;
    public final CellStyle header;
    public final CellStyle text;
    public final CellStyle label;
    public final CellStyle number;
    public final CellStyle date;
    /** A cell that asks for attention, such as a team's disagreement on an item. */
    public final CellStyle flag;

    private final Map<Status, CellStyle> byStatus = new EnumMap<>(Status.class);
    private final Map<Severity, CellStyle> bySeverity = new EnumMap<>(Severity.class);

    public Styles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);

        header = wrapped(workbook);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);

        text = wrapped(workbook);
        label = wrapped(workbook);
        label.setFont(bold);
        number = wrapped(workbook);
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        date = wrapped(workbook);
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        flag = filled(workbook, bold, IndexedColors.LIGHT_ORANGE);

        byStatus.put(Status.MET, filled(workbook, bold, IndexedColors.LIGHT_GREEN));
        byStatus.put(Status.PARTIAL, filled(workbook, bold, IndexedColors.LIGHT_YELLOW));
        byStatus.put(Status.GAP, filled(workbook, bold, IndexedColors.ROSE));
        byStatus.put(Status.UNKNOWN, filled(workbook, bold, IndexedColors.GREY_25_PERCENT));
        byStatus.put(Status.NOT_APPLICABLE, filled(workbook, bold, IndexedColors.WHITE));
        byStatus.put(Status.WAIVED, filled(workbook, bold, IndexedColors.PALE_BLUE));
        bySeverity.put(Severity.CRITICAL, filled(workbook, bold, IndexedColors.CORAL));
        bySeverity.put(Severity.HIGH, filled(workbook, bold, IndexedColors.LIGHT_ORANGE));
        bySeverity.put(Severity.MEDIUM, filled(workbook, bold, IndexedColors.LEMON_CHIFFON));
        bySeverity.put(Severity.LOW, filled(workbook, bold, IndexedColors.LIGHT_TURQUOISE));
        bySeverity.put(Severity.INFO, filled(workbook, bold, IndexedColors.WHITE));
    }

    public CellStyle status(Status status) {
        return byStatus.get(status);
    }

    public CellStyle severity(Severity severity) {
        return bySeverity.get(severity);
    }

    private static CellStyle wrapped(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle filled(Workbook workbook, Font font, IndexedColors color) {
        CellStyle style = wrapped(workbook);
        style.setFont(font);
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
