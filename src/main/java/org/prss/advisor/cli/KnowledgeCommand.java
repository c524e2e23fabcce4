package org.prss.advisor.cli;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.prss.advisor.Advisor;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.DeclaredReading;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleSignal;
import org.prss.advisor.knowledge.StateCertification;
import org.prss.advisor.knowledge.Threshold;
import org.prss.advisor.model.Citation;
import org.prss.advisor.report.KnowledgeListing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Lists the whole knowledge base: items, worksheet activities, role signals, thresholds, the state table, and the
 * outcome domains and instruments of an evaluation plan.
 */
@Command(
        name = "knowledge",
        mixinStandardHelpOptions = true,
        description = {
            "List everything the advisor judges with: the checklist items (id, domain, severity, title,"
                    + " citations), the role worksheet's activities with their three answers, the role signals, the"
                    + " headings under which a job description lists duties, the thresholds, the state "
                    + "certification table, the outcome domains and instruments of an evaluation plan, and the readings"
                    + " the advisor declares where a rule decides more than a source states.",
            "--format json gives the same as GET /api/knowledge: {ruleSet, items, activities, signals, dutySections,"
                    + " thresholds, states, outcomeDomains, instruments, readings}, each list entry with its kind."
        })
final class KnowledgeCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Mixin
    KnowledgeOptions knowledge;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Advisor advisor = knowledge.load();
        KnowledgeBase kb = advisor.knowledge();
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(JsonMapper.builder()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .build()
                    .writeValueAsString(KnowledgeListing.of(kb)));
            return ExitCode.OK;
        }
        out.println("Checklist items");
        for (ChecklistItem item : kb.items()) {
            out.printf("  %-26s %-12s %-8s %s%n", item.id(), item.domain(), item.severity(), item.title());
            out.println("      " + cite(item.citations()));
        }
        out.println("Role worksheet activities (part of the role? / conflicts with peer values? / another staff member"
                + " better suited?)");
        for (RoleActivity a : kb.roleWorksheet().activities()) {
            out.printf(
                    "  %-34s %s / %s / %s  %s%n",
                    a.id(),
                    a.partOfRole().answer(),
                    a.conflictsWithValues().answer(),
                    a.anotherRoleBetter().answer(),
                    a.activity());
        }
        out.println("Role signals");
        for (RoleSignal s : kb.roleLanguage().signals()) {
            out.printf("  %-26s %s%n      %s%n", s.id(), s.name(), cite(s.citations()));
        }
        out.println("Job description headings that list duties (a .docx or .pdf is reviewed under these only)");
        out.println("  " + String.join(", ", kb.jobDescriptionSections().names()));
        out.println("      " + cite(kb.jobDescriptionSections().citations()));
        out.println("Thresholds");
        for (Threshold t : kb.thresholds()) {
            out.printf("  %-38s %s %s%n      %s%n", t.id(), t.getText(), t.unit(), cite(t.citations()));
        }
        out.println("State certification table");
        for (StateCertification s : kb.stateTable()) {
            out.printf(
                    "  %s  %-22s recovery: %-28s Medicaid: %s%n",
                    s.state(), s.jurisdiction(), s.recoveryTime(), s.medicaidAuthority());
        }
        out.println("Evaluation plan: outcome domains and suggested instruments");
        for (EvaluationGuide.OutcomeDomain d : kb.evaluationGuide().outcomeDomains()) {
            out.printf("  %-26s %s%n      %s%n", d.id(), d.name(), cite(d.citations()));
        }
        for (EvaluationGuide.Instrument i : kb.evaluationGuide().instruments()) {
            out.printf(
                    "  %-26s %s (%s)%n      %s%n",
                    i.id(), i.name(), String.join(", ", i.domains()), cite(i.citations()));
        }
        out.println("Declared readings (where a rule decides more than a source states; choose with --reading ID=ALT)");
        for (DeclaredReading r : kb.declaredReadings()) {
            out.printf("  %-38s %s%n      %s%n", r.id(), r.title(), cite(r.citations()));
            for (DeclaredReading.Alternative a : r.alternatives()) {
                out.printf("      %s %s: %s%n", a.id().equals(r.fallback()) ? "*" : "-", a.id(), a.decides());
            }
        }
        out.println(kb.items().size() + " items, "
                + kb.roleWorksheet().activities().size() + " activities, "
                + kb.roleLanguage().signals().size() + " signals, "
                + kb.thresholds().size() + " thresholds, "
                + kb.stateTable().size() + " states, "
                + kb.evaluationGuide().outcomeDomains().size() + " outcome domains, "
                + kb.declaredReadings().size() + " declared readings (* the advisor's default); rule set "
                + kb.ruleSet().version());
        return ExitCode.OK;
    }

    private static String cite(List<Citation> citations) {
        return citations.stream().map(Citation::text).collect(Collectors.joining("; "));
    }
}
