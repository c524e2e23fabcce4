package org.prss.advisor.lint;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.prss.advisor.engine.Evaluator;
import org.prss.advisor.input.DescriptionGenerator;
import org.prss.advisor.input.DescriptionReader;
import org.prss.advisor.input.InvalidInputException;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.KnowledgeFile;
import org.prss.advisor.knowledge.KnowledgeFiles;
import org.prss.advisor.knowledge.KnowledgeProblem;
import org.prss.advisor.knowledge.Threshold;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.text.NearestName;

/**
 * Checks a rule set that compiles and loads for the mistakes a compiler cannot see: a rule naming an item the
 * checklists do not have; an item no rule decides; a threshold no rule reads (data that promises a rule); a rule
 * file whose package is neither the shared one nor a domain's; two rules that, for the same input, would give one item
 * two different statuses at the same salience (so which wins depends on firing order). The last two are found by
 * running the rules over generated program descriptions. The declared readings the rules rest on are checked by
 * {@link ReadingLint}, the rules' texts (which cite sources only through the knowledge) by {@link CitationLint}, and
 * the labelled duty corpus against the rules by {@link CorpusLint}. Thresholds without citations and contradictory
 * worksheet answers are refused earlier, when the checklists load.
 */
public final class RuleLinter {

    /** How many generated descriptions the rules are run over; the seed keeps the check repeatable. */
    static final int PROBES = 150;

    private static final long SEED = 20261123L;
    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);

    private final KnowledgeBase knowledge;
    private final Evaluator evaluator;
    private final DescriptionReader reader;
    private final RuleScan scan;

    public RuleLinter(
            KnowledgeBase knowledge, Evaluator evaluator, DescriptionReader reader, List<KnowledgeFile> files) {
        this.knowledge = knowledge;
        this.evaluator = evaluator;
        this.reader = reader;
        this.scan = new RuleScan(files.stream()
                .filter(f -> f.folder().equals(KnowledgeFiles.RULES))
                .toList());
    }

    public List<KnowledgeProblem> lint() {
        List<KnowledgeProblem> problems = new ArrayList<>();
        problems.addAll(unknownItems());
        problems.addAll(strayPackages());
        Map<String, Threshold> thresholds = new LinkedHashMap<>();
        knowledge.thresholds().forEach(t -> thresholds.put(t.id(), t));
        problems.addAll(thresholdReads(thresholds));
        problems.addAll(unreadThresholds());
        problems.addAll(new ReadingLint(knowledge, scan).lint(thresholds));
        problems.addAll(new CitationLint(knowledge, scan).lint());
        if (!problems.isEmpty()) {
            // The probes below run the rules; with a threshold missing or of the wrong type, a rule would fail inside
            // the engine instead of being reported here.
            return problems;
        }
        problems.addAll(probes());
        problems.addAll(new CorpusLint(knowledge, evaluator).lint());
        return problems;
    }

    /** A rule naming an item no checklist defines. */
    private List<KnowledgeProblem> unknownItems() {
        Set<String> ids = knowledge.items().stream().map(ChecklistItem::id).collect(Collectors.toSet());
        return scan.references.stream()
                .filter(r -> !ids.contains(r.item()))
                .map(r -> new KnowledgeProblem(
                        r.file(),
                        r.line(),
                        "rule '" + r.rule() + "' names item " + r.item() + ", which no checklist defines"
                                + NearestName.suffix(r.item(), ids)))
                .toList();
    }

    /** A rule file in a package no domain runs. */
    private List<KnowledgeProblem> strayPackages() {
        List<String> packages = new ArrayList<>(List.of(Evaluator.SHARED_RULES));
        knowledge.domains().forEach(d -> packages.add(Evaluator.rulesPackage(d.id())));
        return scan.packages.stream()
                .filter(p -> !packages.contains(p.name()))
                .map(p -> new KnowledgeProblem(
                        p.file(),
                        p.line(),
                        "package " + p.name() + " is not "
                                + Evaluator.SHARED_RULES + " or a domain's " + Evaluator.SHARED_RULES
                                + ".<domain id in lower case>"
                                + NearestName.suffix(p.name(), packages)
                                + "; a domain's rules run only from its own package"))
                .toList();
    }

    /** A rule reading a threshold that is not defined, or reading it as a type it is not declared. */
    private List<KnowledgeProblem> thresholdReads(Map<String, Threshold> thresholds) {
        List<KnowledgeProblem> problems = new ArrayList<>();
        for (RuleScan.ThresholdRead read : scan.thresholdReads) {
            Threshold t = thresholds.get(read.threshold());
            if (t == null) {
                problems.add(new KnowledgeProblem(
                        read.file(),
                        read.line(),
                        "rule '" + read.rule() + "' reads threshold "
                                + read.threshold() + ", which thresholds.yaml does not define"
                                + NearestName.suffix(read.threshold(), thresholds.keySet())));
                continue;
            }
            for (String accessor : read.accessors()) {
                if (!TypedValue.provides(t.type(), accessor)) {
                    problems.add(new KnowledgeProblem(
                            t.file(),
                            t.line(),
                            "threshold " + t.id() + " is declared a "
                                    + t.type().word() + ", but rule '" + read.rule() + "' (" + read.file() + ":"
                                    + read.line()
                                    + ") reads its " + accessor + "; " + TypedValue.expects(accessor)));
                }
            }
        }
        return problems;
    }

    /** A threshold no rule reads. */
    private List<KnowledgeProblem> unreadThresholds() {
        return knowledge.thresholds().stream()
                .filter(t -> !scan.thresholdsRead.contains(t.id()))
                .map(t -> new KnowledgeProblem(
                        t.file(),
                        t.line(),
                        "threshold " + t.id() + " is read by no rule;" + " match it in a rule (Threshold(id == \""
                                + t.id() + "\", ...)) or remove it"))
                .toList();
    }

    /**
     * Runs the rules over generated programs: an item no rule decided for any of them, and rival rules where only
     * firing order chose between them.
     */
    private List<KnowledgeProblem> probes() {
        Set<String> decided = new TreeSet<>();
        Map<String, KnowledgeProblem> conflicts = new LinkedHashMap<>();
        DescriptionGenerator generator = new DescriptionGenerator(knowledge, SEED);
        for (int i = 0; i < PROBES; i++) {
            ProgramDescription program;
            try {
                program = reader.read("probe-" + i, generator.next().toString().getBytes(StandardCharsets.UTF_8))
                        .description();
            } catch (InvalidInputException e) {
                throw new IllegalStateException("the generator made an invalid description: " + e.report(), e);
            }
            Evaluator.Probe probe = evaluator.probe(program, AS_OF, Set.of());
            decided.addAll(probe.decidedItems());
            conflicts(program, probe.firedRules(), conflicts);
        }
        List<KnowledgeProblem> problems = new ArrayList<>();
        for (ChecklistItem item : knowledge.items()) {
            if (!decided.contains(item.id())) {
                problems.add(new KnowledgeProblem(
                        item.file(),
                        item.line(),
                        "no rule decided item " + item.id() + " for any of " + PROBES
                                + " generated programs; common.drl's answer rules normally do"));
            }
        }
        problems.addAll(conflicts.values());
        return problems;
    }

    /**
     * Keeps every rule that fired, and has a rival (same item, same salience, another status), from firing, and runs
     * the input again: a rival that fires now held for the same input, and only firing order chose between them.
     */
    private void conflicts(ProgramDescription program, Set<String> fired, Map<String, KnowledgeProblem> found) {
        Map<String, List<RuleScan.Decision>> rivals = new LinkedHashMap<>();
        for (RuleScan.Decision d : scan.decisions) {
            rivals.computeIfAbsent(d.item() + "@" + d.salience(), k -> new ArrayList<>())
                    .add(d);
        }
        Set<String> blocked = new TreeSet<>();
        List<RuleScan.Decision> firedDecisions = new ArrayList<>();
        for (RuleScan.Decision d : scan.decisions) {
            if (fired.contains(d.rule())
                    && rivals.get(d.item() + "@" + d.salience()).stream()
                            .anyMatch(r -> !r.status().equals(d.status()))) {
                blocked.add(d.rule());
                firedDecisions.add(d);
            }
        }
        if (blocked.isEmpty()) {
            return;
        }
        Set<String> firedWithout = evaluator.probe(program, AS_OF, blocked).firedRules();
        for (RuleScan.Decision a : firedDecisions) {
            for (RuleScan.Decision b : rivals.get(a.item() + "@" + a.salience())) {
                if (!b.status().equals(a.status()) && firedWithout.contains(b.rule())) {
                    found.putIfAbsent(
                            a.rule() + "|" + b.rule(),
                            new KnowledgeProblem(
                                    b.file(),
                                    b.line(),
                                    "rules '" + a.rule()
                                            + "' (" + a.status() + ", " + a.file() + ":" + a.line() + ") and '"
                                            + b.rule() + "' (" + b.status()
                                            + ") both hold for the same program and decide " + a.item()
                                            + " at salience " + a.salience()
                                            + "; which one wins depends on firing order. Tighten their conditions or "
                                            + "give one a higher salience"));
                }
            }
        }
    }
}
