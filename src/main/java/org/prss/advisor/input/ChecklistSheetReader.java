package org.prss.advisor.input;

import static org.prss.advisor.input.IntakeCells.JSON;
import static org.prss.advisor.input.IntakeCells.address;
import static org.prss.advisor.input.IntakeCells.blank;
import static org.prss.advisor.input.IntakeCells.text;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.prss.advisor.text.NearestName;

/**
 * Reads the intake workbook's Checklist sheet: each answered row is the answer to its item (YES, PARTIAL, NO or
 * UNKNOWN, in any case), with its note; a note without an answer is read as UNKNOWN, and said so.
 */
final class ChecklistSheetReader {

    private final Set<String> itemIds;
    private final IntakeCells cells;

    ChecklistSheetReader(Set<String> itemIds, IntakeCells cells) {
        this.itemIds = itemIds;
        this.cells = cells;
    }

    void read(Sheet sheet, ObjectNode tree) {
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
                cells.problem(
                        address(sheet, row.getRowNum(), IntakeLayout.CHECKLIST_ID),
                        "'" + id + "' is not an item in the knowledge base",
                        NearestName.didYouMean(String.valueOf(id), itemIds, "do not edit the ID column"));
                continue;
            }
            if (cells.formula(answerCell, answerAt)
                    | cells.formula(noteCell, address(sheet, row.getRowNum(), IntakeLayout.CHECKLIST_NOTE))) {
                continue;
            }
            String answer = text(answerCell);
            String canonical;
            if (answer == null || answer.isBlank()) {
                canonical = IntakeLayout.UNKNOWN;
                cells.notice(answerAt, "a note without an answer, read as " + IntakeLayout.UNKNOWN + " with its note");
            } else {
                canonical = List.of(IntakeLayout.ANSWERS).stream()
                        .filter(a -> a.equalsIgnoreCase(answer.strip()))
                        .findFirst()
                        .orElse(null);
            }
            if (canonical == null) {
                cells.problem(
                        answerAt,
                        "'" + answer + "' is not an answer",
                        NearestName.didYouMean(
                                answer.strip(), List.of(IntakeLayout.ANSWERS), "choose YES, PARTIAL, NO or UNKNOWN"));
                continue;
            }
            ObjectNode entry = answers.putObject(id.strip());
            entry.put("answer", canonical);
            String note = text(noteCell);
            if (note != null && !note.isBlank()) {
                entry.put("note", note.strip());
            }
            cells.remember("answers." + id.strip(), answerAt);
        }
        if (!answers.isEmpty()) {
            tree.set("answers", answers);
        }
    }
}
