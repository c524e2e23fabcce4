package org.prss.advisor.report;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.model.Status;
import org.prss.advisor.role.ActivityMatch;
import org.prss.advisor.role.DutyFit;
import org.prss.advisor.role.DutyReview;

/**
 * Each duty the program proposes for its peers, in the order it wrote them: what it matched, with the words that
 * matched, the verdict with its reasons and sources, the frame read (who does what to whom), and for a duty to keep
 * out or allow only under a condition, what to write instead. Duties to keep out, and duties a person must review,
 * stand out by colour.
 */
final class ProposedDutiesSheet {

    static final String NAME = "Proposed Duties";

    private ProposedDutiesSheet() {}

    static void write(Sheet sheet, Styles styles, List<DutyReview> duties) {
        Table table = Table.on(
                sheet,
                styles,
                "#",
                "From",
                "Duty",
                "Verdict",
                "Matched worksheet activities (words)",
                "Signals (words)",
                "Why",
                "Sources",
                "Read as (who does what to whom)",
                "Write instead");
        for (DutyReview d : duties) {
            Row row = table.textRow(
                    null,
                    d.duty().origin(),
                    d.duty().text(),
                    null,
                    d.activities().stream().map(ActivityMatch::describe).collect(Collectors.joining("\n")),
                    d.signals().stream()
                            .map(s -> s.signal().name() + " (" + s.evidence() + ")")
                            .distinct()
                            .collect(Collectors.joining("\n")),
                    d.verdict().reason(),
                    FindingsSheet.citations(d.verdict().citations()),
                    String.join("\n", d.verdict().readAs()),
                    d.verdict().instead() == null ? "" : d.verdict().instead());
            Table.number(row, 0, d.duty().index() + 1, styles.text);
            Table.text(
                    row, 3, label(d.verdict().fit()), style(styles, d.verdict().fit()));
        }
        table.finish(5, 18, 45, 18, 40, 34, 80, 45, 50, 60);
    }

    /** How a verdict reads in a cell. */
    static String label(DutyFit fit) {
        return switch (fit) {
            case FITS_ROLE -> "FITS ROLE";
            case CONDITIONAL -> "CONDITIONAL";
            case KEEP_OUT -> "KEEP OUT";
            case NEEDS_REVIEW -> "NEEDS HUMAN REVIEW";
            case NOT_A_DUTY -> "NOT A DUTY";
        };
    }

    /** A verdict's colour, borrowed from the finding statuses a reader already knows. */
    static CellStyle style(Styles styles, DutyFit fit) {
        return styles.status(
                switch (fit) {
                    case FITS_ROLE -> Status.MET;
                    case CONDITIONAL -> Status.PARTIAL;
                    case KEEP_OUT -> Status.GAP;
                    case NEEDS_REVIEW -> Status.UNKNOWN;
                    case NOT_A_DUTY -> Status.NOT_APPLICABLE;
                });
    }
}
