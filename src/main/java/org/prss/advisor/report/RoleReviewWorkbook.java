package org.prss.advisor.report;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.KnowledgeBase;

/**
 * The focused workbook for a policy writer testing a role: Role Review, Proposed Duties, Role Worksheet, Sources,
 * Input.
 */
public final class RoleReviewWorkbook {

    private final KnowledgeBase knowledge;
    private final KnowledgeTexts texts;

    public RoleReviewWorkbook(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.texts = new KnowledgeTexts(knowledge);
    }

    public void write(Assessment review, Submission submission, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            RoleReviewSheet.write(
                    workbook.createSheet(RoleReviewSheet.NAME),
                    styles,
                    review,
                    submission.sourceName(),
                    submission.skippedSections());
            ProposedDutiesSheet.write(workbook.createSheet(ProposedDutiesSheet.NAME), styles, review.duties());
            RoleWorksheetSheet.write(
                    workbook.createSheet(RoleWorksheetSheet.NAME),
                    styles,
                    knowledge.roleWorksheet(),
                    review.duties(),
                    texts);
            SourcesSheet.write(
                    workbook.createSheet(SourcesSheet.NAME),
                    styles,
                    knowledge.sources().values());
            InputSheet.write(
                    workbook.createSheet(InputSheet.NAME), styles, submission.sourceName(), submission.received());
            workbook.getProperties().getCoreProperties().setTitle("Peer role review");
            workbook.getProperties().getCoreProperties().setCreator("Peer Support Readiness Advisor");
            workbook.write(out);
        }
    }
}
