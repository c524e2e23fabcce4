package org.prss.advisor.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.Severity;
import org.prss.advisor.model.Status;
import org.prss.advisor.report.Styles;
import org.prss.advisor.report.Table;

/**
 * The portfolio across a batch: one row per plan (the workbook written for it, verdict, score per domain, open findings
 * by severity, waivers,
 * or the error that stopped it), the most common gaps with counts, and a sheet per domain with every plan's status
 * for every item. Plans are in file-name order, so two runs over one folder give the same workbook contents.
 */
public final class PortfolioWorkbook {

    private final KnowledgeBase knowledge;

    public PortfolioWorkbook(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
    }

    /**
     * @param folder the folder the portfolio is written to: each plan's row links to its workbook relative to it
     */
    public void write(List<PlanResult> results, Path folder, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            plans(workbook.createSheet("Portfolio"), styles, results, folder);
            commonGaps(workbook.createSheet("Common Gaps"), styles, results);
            for (Domain domain : knowledge.domains()) {
                domain(workbook.createSheet(domain.sheet()), styles, domain, results);
            }
            workbook.getProperties().getCoreProperties().setTitle("Peer support readiness: portfolio");
            workbook.getProperties().getCoreProperties().setCreator("Peer Support Readiness Advisor");
            workbook.write(out);
        }
    }

    private void plans(Sheet sheet, Styles styles, List<PlanResult> results, Path folder) {
        List<String> headers =
                new ArrayList<>(List.of("File", "Workbook", "Program", "Setting", "Verdict", "Overall score"));
        knowledge.domains().forEach(d -> headers.add(d.name()));
        for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
            headers.add("Open " + s.name());
        }
        headers.addAll(List.of("Waived", "Expired waivers", "Error"));
        Table table = Table.on(sheet, styles, headers.toArray(String[]::new));
        for (PlanResult r : results) {
            Row row = table.row();
            Table.text(row, 0, r.name(), styles.text);
            if (!r.ok()) {
                Table.text(row, 4, "ERROR", styles.status(Status.GAP));
                Table.text(row, headers.size() - 1, r.error(), styles.text);
                continue;
            }
            link(
                    row,
                    1,
                    folder.toAbsolutePath()
                            .normalize()
                            .relativize(r.workbook().toAbsolutePath().normalize()),
                    styles);
            Assessment a = r.assessment();
            Table.text(row, 2, a.program().name(), styles.text);
            Table.text(
                    row,
                    3,
                    a.program().getSetting() == null
                            ? null
                            : a.program().getSetting().name(),
                    styles.text);
            Table.text(row, 4, a.verdict().name(), styles.text);
            Table.number(row, 5, a.scores().overall(), styles.number);
            int c = 6;
            for (Domain d : knowledge.domains()) {
                Table.number(
                        row,
                        c++,
                        a.scores().domains().stream()
                                .filter(s -> s.domain().equals(d.id()))
                                .findFirst()
                                .map(DomainScore::score)
                                .orElse(null),
                        styles.number);
            }
            for (Severity s : List.of(Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)) {
                Table.number(row, c++, a.openBySeverity().get(s), styles.text);
            }
            Table.number(
                    row,
                    c++,
                    a.findings().stream()
                            .filter(f -> f.status() == Status.WAIVED)
                            .count(),
                    styles.text);
            Table.number(
                    row,
                    c,
                    a.findings().stream()
                            .filter(f -> f.waiver() != null && f.waiver().expired())
                            .count(),
                    styles.text);
        }
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 12);
        widths[0] = 30;
        widths[1] = 36;
        widths[2] = 36;
        widths[4] = 18;
        widths[headers.size() - 1] = 60;
        table.finish(widths);
    }

    /** The workbook written for a plan, by its path from the portfolio, as a link that opens it. */
    private static void link(Row row, int column, Path workbook, Styles styles) {
        String relative = workbook.toString().replace('\\', '/');
        Table.text(row, column, relative, styles.text);
        Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
        link.setAddress(relative);
        row.getCell(column).setHyperlink(link);
    }

    /** Items ranked by how many plans have them as gaps; ties by severity, then knowledge-base order. */
    private void commonGaps(Sheet sheet, Styles styles, List<PlanResult> results) {
        Table table = Table.on(
                sheet,
                styles,
                "Finding",
                "Title",
                "Domain",
                "Severity",
                "Plans with a gap",
                "Plans partly met",
                "Plans unknown",
                "Plans assessed");
        long assessed = results.stream().filter(PlanResult::ok).count();
        Map<String, int[]> counts = new LinkedHashMap<>();
        knowledge.items().forEach(i -> counts.put(i.id(), new int[3]));
        for (PlanResult r : results) {
            if (!r.ok()) {
                continue;
            }
            for (Finding f : r.assessment().findings()) {
                int[] c = counts.get(f.id());
                if (c != null && f.status() == Status.GAP) {
                    c[0]++;
                } else if (c != null && f.status() == Status.PARTIAL) {
                    c[1]++;
                } else if (c != null && f.status() == Status.UNKNOWN) {
                    c[2]++;
                }
            }
        }
        List<ChecklistItem> items = new ArrayList<>(knowledge.items());
        items.removeIf(i -> counts.get(i.id())[0] == 0);
        items.sort(Comparator.comparingInt((ChecklistItem i) -> -counts.get(i.id())[0])
                .thenComparing(ChecklistItem::severity)
                .thenComparing(knowledge.items()::indexOf));
        for (ChecklistItem i : items) {
            int[] c = counts.get(i.id());
            Row row = table.textRow(i.id(), i.title(), i.domain(), null);
            Table.text(row, 3, i.severity().name(), styles.severity(i.severity()));
            Table.number(row, 4, c[0], styles.text);
            Table.number(row, 5, c[1], styles.text);
            Table.number(row, 6, c[2], styles.text);
            Table.number(row, 7, assessed, styles.text);
        }
        table.finish(24, 50, 14, 11, 12, 12, 12, 12);
    }

    private void domain(Sheet sheet, Styles styles, Domain domain, List<PlanResult> results) {
        List<String> headers = new ArrayList<>(List.of("File"));
        domain.items().forEach(i -> headers.add(i.id()));
        Table table = Table.on(sheet, styles, headers.toArray(String[]::new));
        for (PlanResult r : results) {
            if (!r.ok()) {
                continue;
            }
            Row row = table.row();
            Table.text(row, 0, r.name(), styles.text);
            Map<String, Status> byId = new LinkedHashMap<>();
            r.assessment().findings().forEach(f -> byId.put(f.id(), f.status()));
            for (int c = 0; c < domain.items().size(); c++) {
                Status s = byId.get(domain.items().get(c).id());
                Table.text(row, c + 1, s == null ? null : s.name(), s == null ? styles.text : styles.status(s));
            }
        }
        int[] widths = new int[headers.size()];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 30;
        table.finish(widths);
    }
}
