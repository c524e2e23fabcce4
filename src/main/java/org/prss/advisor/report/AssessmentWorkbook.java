package org.prss.advisor.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.KnowledgeBase;

/**
 * The gap-analysis workbook: Summary, Findings, Team Answers and Discussion Agenda (for a team self-assessment), one
 * sheet per domain, Staffing Plan, Proposed Duties (when the role lists any), Role Worksheet, Personal Ethics
 * Checklist, Waivers, Action Plan, Readings, Sources, Input, and the assessment itself as JSON in a hidden sheet, so
 * the workbook can be read back.
 */
public final class AssessmentWorkbook {

    private final KnowledgeBase knowledge;
    private final KnowledgeTexts texts;
    private final Map<String, ChecklistItem> items = new HashMap<>();

    /** One instance serves every workbook of the same knowledge, from many threads; it keeps the static texts. */
    public AssessmentWorkbook(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.texts = new KnowledgeTexts(knowledge);
        knowledge.items().forEach(i -> items.put(i.id(), i));
    }

    public void write(Assessment assessment, Submission submission, OutputStream out) throws IOException {
        // The Summary (with its chart) is built in the full object model; every other sheet streams, which writes
        // the same cells several times faster. The window is unbounded so a table can still size its rows at the end.
        XSSFWorkbook base = new XSSFWorkbook();
        Styles styles = new Styles(base);
        SummarySheet.write(base.createSheet(SummarySheet.NAME), styles, assessment, knowledge.scoring());
        try (SXSSFWorkbook workbook = new StreamingWorkbook(base)) {
            FindingsSheet.write(workbook.createSheet(FindingsSheet.NAME), styles, assessment, texts);
            Map<String, Finding> byId = new LinkedHashMap<>();
            assessment.findings().forEach(f -> byId.put(f.id(), f));
            if (assessment.team() != null) {
                TeamAnswersSheet.write(workbook.createSheet(TeamAnswersSheet.NAME), styles, assessment.team(), byId);
                DiscussionAgendaSheet.write(
                        workbook.createSheet(DiscussionAgendaSheet.NAME), styles, assessment.team(), items, byId);
            }
            for (Domain domain : knowledge.domains()) {
                DomainSheet.write(workbook.createSheet(domain.sheet()), styles, domain, byId, texts);
            }
            StaffingPlanSheet.write(
                    workbook.createSheet(StaffingPlanSheet.NAME),
                    styles,
                    assessment,
                    submission.description().facts(),
                    knowledge);
            if (!knowledge.evaluationGuide().outcomeDomains().isEmpty()) {
                EvaluationPlanSheet.write(
                        workbook.createSheet(EvaluationPlanSheet.NAME),
                        styles,
                        knowledge.evaluationGuide(),
                        submission.description().facts().evaluation());
            }
            if (!assessment.duties().isEmpty()) {
                ProposedDutiesSheet.write(workbook.createSheet(ProposedDutiesSheet.NAME), styles, assessment.duties());
            }
            if (!knowledge.roleWorksheet().activities().isEmpty()) {
                RoleWorksheetSheet.write(
                        workbook.createSheet(RoleWorksheetSheet.NAME),
                        styles,
                        knowledge.roleWorksheet(),
                        assessment.duties(),
                        texts);
            }
            if (!knowledge.personalChecklist().statements().isEmpty()) {
                PersonalChecklistSheet.write(
                        workbook.createSheet(PersonalChecklistSheet.NAME), styles, knowledge.personalChecklist());
            }
            WaiversSheet.write(workbook.createSheet(WaiversSheet.NAME), styles, assessment.findings());
            ActionPlanSheet.write(workbook.createSheet(ActionPlanSheet.NAME), styles, assessment.actionPlan());
            ReadingsSheet.write(
                    workbook.createSheet(ReadingsSheet.NAME),
                    styles,
                    knowledge.declaredReadings(),
                    assessment.readings(),
                    assessment.findings());
            SourcesSheet.write(
                    workbook.createSheet(SourcesSheet.NAME),
                    styles,
                    knowledge.sources().values());
            InputSheet.write(
                    workbook.createSheet(InputSheet.NAME), styles, submission.sourceName(), submission.received());
            EmbeddedAssessment.embed(workbook, assessment);
            base.getProperties().getCoreProperties().setTitle("Peer support readiness assessment");
            base.getProperties().getCoreProperties().setCreator("Peer Support Readiness Advisor");
            workbook.write(out);
            workbook.dispose();
        }
    }

    /**
     * Loads the workbook classes by writing a small throwaway workbook; called on a second thread while the
     * rules compile, so the first real workbook does not pay for class loading.
     */
    public static void warmUp() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            Table.on(workbook.createSheet("warm-up"), styles, "a").textRow("b");
            workbook.write(new ByteArrayOutputStream());
        } catch (IOException e) {
            // A failed warm-up only costs time later; the real write reports real errors.
        }
    }
}
