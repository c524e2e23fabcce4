package org.prss.advisor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.Assessor;
import org.prss.advisor.engine.Evaluator;
import org.prss.advisor.engine.ReadingChoices;
import org.prss.advisor.engine.RuleBase;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.input.JobDescriptionReader;
import org.prss.advisor.input.RoleInputReader;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeException;
import org.prss.advisor.knowledge.KnowledgeFile;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeLoader;
import org.prss.advisor.knowledge.KnowledgeProblem;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.lint.RuleLinter;
import org.prss.advisor.role.DutyMatcher;
import org.prss.advisor.team.TeamMerger;

/**
 * The loaded advisor: knowledge base, compiled rules, a reader that validates descriptions against them, and
 * the assessor. Load once per process; {@link #assess} is safe to call from many threads.
 */
public final class Advisor {

    private final KnowledgeBase knowledge;
    private final List<KnowledgeFile> files;
    private final RuleBase rules;
    private final Evaluator evaluator;
    private final DescriptionReader reader;
    private final JobDescriptionReader jobDescriptions;
    private final Assessor assessor;

    private Advisor(KnowledgeBase knowledge, RuleBase rules, List<KnowledgeFile> files) {
        this(
                knowledge,
                rules,
                files,
                new DescriptionReader(
                        knowledge.items().stream().map(ChecklistItem::id).collect(Collectors.toSet()),
                        knowledge.roleWorksheet().activities().stream()
                                .map(RoleActivity::id)
                                .collect(Collectors.toSet()),
                        knowledge.intakeFields(),
                        knowledge.evaluationGuide()),
                new Evaluator(knowledge, rules));
    }

    private Advisor(
            KnowledgeBase knowledge,
            RuleBase rules,
            List<KnowledgeFile> files,
            DescriptionReader reader,
            Evaluator evaluator) {
        this.knowledge = knowledge;
        this.files = List.copyOf(files);
        this.rules = rules;
        this.reader = reader;
        this.jobDescriptions = new JobDescriptionReader(knowledge.jobDescriptionSections());
        this.evaluator = evaluator;
        this.assessor = new Assessor(knowledge, evaluator);
    }

    /**
     * This advisor taking the given alternatives for the declared readings (checklists/readings.yaml) instead of its
     * defaults; the knowledge, rules and reader are shared.
     */
    public Advisor withReadings(ReadingChoices choices) {
        return new Advisor(knowledge, rules, files, reader, evaluator.withReadings(choices));
    }

    /** The packaged knowledge, or an edited folder in place of the packaged rules or checklists. */
    public static Advisor load(Path rulesDir, Path checklistsDir) throws KnowledgeException {
        List<KnowledgeFile> files = KnowledgeFiles.load(rulesDir, checklistsDir);
        // The checklists load on a second core while the rules load (precompiled when packaged) or compile.
        CompletableFuture<KnowledgeBase> knowledge = CompletableFuture.supplyAsync(() -> {
            try {
                return KnowledgeLoader.load(files);
            } catch (KnowledgeException e) {
                throw new CompletionException(e);
            }
        });
        List<KnowledgeProblem> problems = new ArrayList<>();
        RuleBase rules = null;
        try {
            rules = rulesDir == null ? RuleBase.packagedOrCompile(files) : RuleBase.compile(files);
        } catch (KnowledgeException e) {
            problems.addAll(e.problems());
        }
        KnowledgeBase loaded = null;
        try {
            loaded = knowledge.join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof KnowledgeException k)) {
                throw e;
            }
            problems.addAll(0, k.problems());
        }
        if (!problems.isEmpty()) {
            throw new KnowledgeException(problems);
        }
        return new Advisor(loaded, rules, files);
    }

    public static Advisor packaged() throws KnowledgeException {
        return load(null, null);
    }

    public KnowledgeBase knowledge() {
        return knowledge;
    }

    public DescriptionReader reader() {
        return reader;
    }

    /** Reads Word and PDF job descriptions, reviewing the sections the knowledge base names as duty lists. */
    public JobDescriptionReader jobDescriptions() {
        return jobDescriptions;
    }

    /** Reads what a role review is given: a job description, a list of duties or a program description. */
    public RoleInputReader roleInputs() {
        return new RoleInputReader(jobDescriptions, reader);
    }

    public Assessment assess(Submission submission, LocalDate asOf) {
        return assessor.assess(submission.description(), asOf);
    }

    /** A team self-assessment: the combined description (shown on the Input sheet) and its assessment. */
    public record TeamAssessment(Submission combined, Assessment assessment) {}

    /**
     * A team self-assessment: two or more respondents' descriptions of one program combined (see {@link TeamMerger})
     * and assessed, the assessment carrying the team: who answered what, the facts they stated differently and the
     * items they disagree on. Files of different programs are refused, naming them.
     */
    public TeamAssessment assessTeam(List<Submission> respondents, LocalDate asOf) throws InvalidInputException {
        TeamMerger.Merged merged = new TeamMerger(knowledge).merge(respondents);
        Submission combined =
                reader.read(merged.name(), merged.description().toString().getBytes(StandardCharsets.UTF_8));
        return new TeamAssessment(
                combined, assessor.assess(combined.description(), asOf).withTeam(merged.team()));
    }

    /** What the rules linter finds in the loaded rule set (see {@link RuleLinter}); empty when it is clean. */
    public List<KnowledgeProblem> lint() {
        return new RuleLinter(knowledge, evaluator, reader, files).lint();
    }

    /** An evaluator over this advisor's knowledge and rules that reads duties with the given matcher. */
    public Evaluator evaluatorWith(DutyMatcher matcher) {
        return new Evaluator(knowledge, rules, matcher);
    }

    /** The peer role alone: the role rules and the ROLE items, and a verdict on every proposed duty. */
    public Assessment reviewRole(Submission submission, LocalDate asOf) throws KnowledgeException {
        if (knowledge.domain(Domain.ROLE).isEmpty()) {
            throw new KnowledgeException(List.of(new KnowledgeProblem(
                    KnowledgeFiles.CHECKLISTS,
                    0,
                    "no checklist file defines the " + Domain.ROLE + " domain the role review needs")));
        }
        return assessor.assess(submission.description(), asOf, Set.of(Domain.ROLE));
    }
}
