package org.prss.advisor.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.prss.advisor.input.IntakeFieldSpec;
import org.prss.advisor.input.IntakeLayout;
import org.prss.advisor.input.SchemaFields;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.IntakeField;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.model.Frequency;
import org.prss.advisor.model.MeasureStatus;
import org.prss.advisor.model.Setting;

/**
 * The blank (or pre-filled) intake workbook, generated from the knowledge base so it never drifts from the rules:
 * Instructions, Program (every fact that can matter, with a drop-down or number validation and a note on what it
 * means and which items it feeds), Checklist (every question that can apply, with the condition beside one that
 * applies only for some facts), Role (every worksheet activity and free-text duties) and Waivers; {@link IntakeScope}
 * decides what is asked. Pre-filled values come from a program description's JSON tree; text is always written as text.
 */
public final class IntakeTemplate {

    private final KnowledgeBase knowledge;
    private final List<IntakeFieldSpec> fields;

    public IntakeTemplate(KnowledgeBase knowledge) {
        this.knowledge = knowledge;
        this.fields = SchemaFields.load().specs(knowledge.intakeFields());
    }

    /**
     * @param setting  leave out what cannot apply to this setting; null for the pre-filled description's setting, or
     *                 for the full template when it has none
     * @param prefill  a program description to fill in, as its JSON tree; null for a blank template
     * @return what the template asks
     */
    public IntakeScope write(Setting setting, JsonNode prefill, OutputStream out) throws IOException {
        IntakeScope scope = IntakeScope.of(knowledge, setting, prefill);
        write(scope, out);
        return scope;
    }

    /** Writes the template that asks what {@code scope} says, filled in from its description. */
    public void write(IntakeScope scope, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            instructions(workbook.createSheet(IntakeLayout.INSTRUCTIONS), styles, scope.setting());
            program(workbook.createSheet(IntakeLayout.PROGRAM), styles, scope);
            checklist(workbook.createSheet(IntakeLayout.CHECKLIST), styles, scope);
            role(
                    workbook.createSheet(IntakeLayout.ROLE),
                    styles,
                    scope.prefill().path("role"));
            evaluation(
                    workbook.createSheet(IntakeLayout.EVALUATION),
                    styles,
                    scope.prefill().path("facts").path("evaluation").path("measures"));
            lists(workbook.createSheet(IntakeLayout.LISTS));
            waivers(
                    workbook.createSheet(IntakeLayout.WAIVERS),
                    styles,
                    scope.prefill().path("waivers"));
            workbook.setSheetHidden(workbook.getSheetIndex(IntakeLayout.LISTS), true);
            workbook.getProperties().getCoreProperties().setTitle("Peer support program intake");
            workbook.getProperties().getCoreProperties().setCreator("Peer Support Readiness Advisor");
            workbook.write(out);
        }
    }

    private void instructions(Sheet sheet, Styles styles, Setting setting) {
        Table.text(sheet.createRow(0), 0, "Peer support program intake", styles.title);
        String[] lines = {
            IntakeInstructions.BLANK,
            IntakeInstructions.forSheet(
                    IntakeLayout.PROGRAM,
                    "One row per fact about your program. Pick from the drop-downs; type numbers as numbers."),
            IntakeInstructions.forSheet(IntakeLayout.CHECKLIST, IntakeInstructions.ANSWER)
                    + " A question marked 'Only if' applies only when the Program sheet says so; otherwise leave it"
                    + " blank.",
            IntakeInstructions.forSheet(IntakeLayout.ROLE, IntakeInstructions.ROLE)
                    + " Write the other duties one per row in the Proposed duties column.",
            IntakeInstructions.forSheet(IntakeLayout.EVALUATION, IntakeInstructions.MEASURES),
            IntakeInstructions.forSheet(IntakeLayout.WAIVERS, IntakeInstructions.WAIVERS),
            "Several colleagues can fill in different sheets. Do not rename sheets or edit the grey header rows"
                    + " or the Field path column; formulas are not read.",
            "Then run: ./advisor assess this-file.xlsx",
            IntakeInstructions.scope(setting),
            "Rule set " + knowledge.ruleSet().name() + " " + knowledge.ruleSet().version() + "."
        };
        for (int i = 0; i < lines.length; i++) {
            Table.text(sheet.createRow(i + 2), 0, lines[i], styles.text);
        }
        Table.widths(sheet, 120);
    }

    private void program(Sheet sheet, Styles styles, IntakeScope scope) {
        Table table = Table.on(sheet, styles, IntakeLayout.PROGRAM_HEADERS);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<IntakeField> asked = scope.fields();
        for (IntakeFieldSpec spec : fields) {
            if (!asked.contains(spec.field())) {
                continue;
            }
            String meaning = describe(spec)
                    + scope.settingsNote(spec.field()).map(n -> " " + n).orElse("");
            Row row = table.textRow(spec.field().label(), null, meaning, usedBy(spec), spec.path());
            JsonNode value = scope.prefill().at("/" + spec.path().replace('.', '/'));
            if (spec.path().equals("program.setting") && value.isMissingNode() && scope.setting() != null) {
                value = com.fasterxml.jackson.databind.node.TextNode.valueOf(
                        scope.setting().name());
            }
            value(row.createCell(IntakeLayout.PROGRAM_VALUE), spec, value, styles);
            validate(sheet, helper, spec, row.getRowNum());
        }
        table.finish(40, 26, 60, 60, 44);
    }

    private static String describe(IntakeFieldSpec spec) {
        String allowed = switch (spec.kind()) {
            case CHOICE -> "Choose from the list.";
            case YES_NO -> "Yes or No.";
            case INTEGER -> "A whole number" + unit(spec) + range(spec) + ".";
            case NUMBER -> "A number" + unit(spec) + range(spec) + ".";
            case LIST -> "Separate several with a semicolon (;).";
            case TEXT -> "";
        };
        return (spec.field().meaning() + " " + allowed).strip();
    }

    /** " of participants per peer", or nothing for a field without a unit. */
    private static String unit(IntakeFieldSpec spec) {
        return spec.field().unit() == null ? "" : " of " + spec.field().unit();
    }

    private static String range(IntakeFieldSpec spec) {
        if (spec.minimum() == null || spec.maximum() == null) {
            return "";
        }
        return " from " + Table.plain(spec.minimum()) + " to " + Table.plain(spec.maximum());
    }

    private String usedBy(IntakeFieldSpec spec) {
        return spec.field().items().stream()
                .map(id -> knowledge
                        .item(id)
                        .map(i -> id + " " + i.title() + " ("
                                + i.citations().get(0).source() + ", "
                                + i.citations().get(0).section() + ", "
                                + i.citations().get(0).locator() + ")")
                        .orElse(id))
                .collect(Collectors.joining("\n"));
    }

    private static void value(Cell cell, IntakeFieldSpec spec, JsonNode value, Styles styles) {
        cell.setCellStyle(styles.text);
        if (value.isMissingNode() || value.isNull()) {
            return;
        }
        switch (spec.kind()) {
            case INTEGER, NUMBER -> cell.setCellValue(value.asDouble());
            case YES_NO -> cell.setCellValue(value.asBoolean() ? IntakeLayout.YES : IntakeLayout.NO);
            case LIST -> {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(v.asText()));
                cell.setCellValue(String.join("; ", items));
            }
            default -> cell.setCellValue(value.asText());
        }
    }

    private static void validate(Sheet sheet, DataValidationHelper helper, IntakeFieldSpec spec, int row) {
        CellRangeAddressList cell =
                new CellRangeAddressList(row, row, IntakeLayout.PROGRAM_VALUE, IntakeLayout.PROGRAM_VALUE);
        DataValidationConstraint constraint = switch (spec.kind()) {
            case CHOICE -> helper.createExplicitListConstraint(spec.choices().toArray(String[]::new));
            case YES_NO -> helper.createExplicitListConstraint(new String[] {IntakeLayout.YES, IntakeLayout.NO});
            case INTEGER ->
                helper.createIntegerConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN,
                        Table.plain(spec.minimum() == null ? 0 : spec.minimum()),
                        Table.plain(spec.maximum() == null ? 1e9 : spec.maximum()));
            case NUMBER ->
                helper.createDecimalConstraint(
                        DataValidationConstraint.OperatorType.BETWEEN,
                        Table.plain(spec.minimum() == null ? 0 : spec.minimum()),
                        Table.plain(spec.maximum() == null ? 1e9 : spec.maximum()));
            default -> null;
        };
        if (constraint != null) {
            DataValidation v = helper.createValidation(constraint, cell);
            v.setShowErrorBox(true);
            v.createErrorBox(spec.field().label(), describe(spec));
            sheet.addValidationData(v);
        }
    }

    private void checklist(Sheet sheet, Styles styles, IntakeScope scope) {
        Table table = Table.on(sheet, styles, IntakeLayout.CHECKLIST_HEADERS);
        JsonNode answers = scope.prefill().path("answers");
        List<ChecklistItem> asked = scope.questions();
        for (Domain domain : knowledge.domains()) {
            for (ChecklistItem item : domain.items()) {
                if (!asked.contains(item)) {
                    continue;
                }
                JsonNode answer = answers.path(item.id());
                String value = answer.isObject()
                        ? answer.path("answer").asText(null)
                        : answer.isMissingNode() ? null : answer.asText();
                String note = answer.isObject() ? answer.path("note").asText(null) : null;
                String question = item.question()
                        + scope.condition(item).map(c -> "\n" + c).orElse("");
                table.textRow(
                        domain.name(),
                        item.groupName(),
                        item.id(),
                        question,
                        value,
                        note,
                        FindingsSheet.citations(item.citations()));
            }
        }
        Table.dropDown(
                sheet, 1, Math.max(table.lastRow(), 1), IntakeLayout.CHECKLIST_ANSWER, "Answer", IntakeLayout.ANSWERS);
        table.finish(24, 24, 26, 70, 12, 40, 50);
    }

    private void role(Sheet sheet, Styles styles, JsonNode role) {
        Table table = Table.on(sheet, styles, IntakeLayout.ROLE_HEADERS);
        Set<String> listed = new HashSet<>();
        role.path("activities").forEach(a -> listed.add(a.asText()));
        List<String> duties = new ArrayList<>();
        role.path("duties").forEach(d -> duties.add(d.asText()));
        List<RoleActivity> activities = knowledge.roleWorksheet().activities();
        int rows = Math.max(activities.size(), Math.max(IntakeLayout.DUTY_ROWS, duties.size()));
        for (int i = 0; i < rows; i++) {
            Row row = table.row();
            if (i < activities.size()) {
                RoleActivity a = activities.get(i);
                Table.text(row, IntakeLayout.ROLE_ID, a.id(), styles.text);
                Table.text(row, 1, a.categoryName(), styles.text);
                Table.text(row, 2, a.activity(), styles.text);
                Table.text(
                        row, IntakeLayout.ROLE_IN_ROLE, listed.contains(a.id()) ? IntakeLayout.YES : null, styles.text);
            }
            Table.text(row, IntakeLayout.ROLE_DUTIES, i < duties.size() ? duties.get(i) : null, styles.text);
        }
        Table.dropDown(
                sheet,
                1,
                activities.size(),
                IntakeLayout.ROLE_IN_ROLE,
                "In our role?",
                IntakeLayout.YES,
                IntakeLayout.NO);
        table.finish(40, 24, 50, 14, 3, 70);
    }

    /** One row per measure, with drop-downs of the outcome domains, instruments, frequencies and statuses. */
    private void evaluation(Sheet sheet, Styles styles, JsonNode measures) {
        Table table = Table.on(sheet, styles, IntakeLayout.EVALUATION_HEADERS);
        int rows = Math.max(IntakeLayout.MEASURE_ROWS, measures.size());
        for (int i = 0; i < rows; i++) {
            JsonNode m = measures.path(i);
            String[] values = new String[IntakeLayout.MEASURE_KEYS.length];
            for (int c = 0; c < values.length; c++) {
                values[c] = m.path(IntakeLayout.MEASURE_KEYS[c]).asText(null);
            }
            table.textRow(values);
        }
        EvaluationGuide guide = knowledge.evaluationGuide();
        String[] domains = guide.outcomeDomains().stream()
                .map(EvaluationGuide.OutcomeDomain::id)
                .toArray(String[]::new);
        String[] instruments =
                guide.instruments().stream().map(EvaluationGuide.Instrument::id).toArray(String[]::new);
        if (domains.length > 0) {
            Table.dropDown(sheet, 1, rows, 0, "Outcome domain", domains);
        }
        if (instruments.length > 0) {
            Table.dropDown(sheet, 1, rows, 2, "Instrument", instruments);
        }
        Table.dropDown(sheet, 1, rows, 4, "How often", Table.names(Frequency.values()));
        Table.dropDown(sheet, 1, rows, 6, "Status", Table.names(MeasureStatus.values()));
        table.finish(28, 40, 16, 30, 14, 24, 14);
    }

    private void lists(Sheet sheet) {
        List<ChecklistItem> items = knowledge.items();
        for (int i = 0; i < items.size(); i++) {
            sheet.createRow(i).createCell(0).setCellValue(items.get(i).id());
        }
    }

    private void waivers(Sheet sheet, Styles styles, JsonNode waivers) {
        Table table = Table.on(sheet, styles, IntakeLayout.WAIVER_HEADERS);
        int rows = Math.max(IntakeLayout.WAIVER_ROWS, waivers.size());
        for (int i = 0; i < rows; i++) {
            JsonNode w = waivers.path(i);
            Row row = table.textRow(
                    w.path("findingId").asText(null),
                    w.path("justification").asText(null),
                    w.path("approvedBy").asText(null));
            Cell expires = row.createCell(3);
            expires.setCellStyle(styles.date);
            if (w.has("expires")) {
                expires.setCellValue(LocalDate.parse(w.get("expires").asText()));
            }
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation ids = helper.createValidation(
                helper.createFormulaListConstraint(
                        IntakeLayout.LISTS + "!$A$1:$A$" + knowledge.items().size()),
                new CellRangeAddressList(1, rows, 0, 0));
        ids.setShowErrorBox(true);
        ids.createErrorBox("Finding ID", "Choose a finding id from the list.");
        sheet.addValidationData(ids);
        Table.dateInput(sheet, 1, rows, 3, "Expires");
        table.finish(26, 60, 30, 14);
    }
}
