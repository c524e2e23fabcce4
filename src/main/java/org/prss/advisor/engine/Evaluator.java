package org.prss.advisor.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.DefaultRuleRuntimeEventListener;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.model.ProgramDescription;
import org.prss.advisor.role.ActivityMatch;
import org.prss.advisor.role.DutyFacts;
import org.prss.advisor.role.DutyMatcher;
import org.prss.advisor.role.DutyReview;
import org.prss.advisor.role.DutyVerdict;
import org.prss.advisor.role.ProposedDuty;
import org.prss.advisor.role.SignalMatch;

/**
 * Runs the rules over one program description in a session of its own, and returns one outcome per item in
 * knowledge-base order and one verdict per proposed duty. An evaluation can be limited to some domains: then only
 * their items are inserted, and only the shared rules and the rules of those domains fire (a domain's rules live
 * in the DRL package {@code org.prss.advisor.rules.<domain id in lower case>}). Thread-safe: the KieBase is shared,
 * sessions are not.
 */
public final class Evaluator {

    /** A rule set that fires more often than this is looping; stop it rather than hang. */
    private static final int MAX_FIRINGS = 100_000;

    /** The package of the rules every evaluation runs (common.drl); domain rules live in sub-packages of it. */
    public static final String SHARED_RULES = "org.prss.advisor.rules";

    /** The package a domain's rules live in: the shared package and the domain id in lower case. */
    public static String rulesPackage(String domainId) {
        return SHARED_RULES + "." + domainId.toLowerCase(Locale.ROOT);
    }

    private final KnowledgeBase knowledge;
    private final RuleBase rules;
    private final DutyMatcher matcher;
    private final ReadingChoices readings;
    private final MissingFacts.Finder missingFacts;
    private final Function<String, String> activityWording;

    public Evaluator(KnowledgeBase knowledge, RuleBase rules) {
        this(knowledge, rules, new DutyMatcher(knowledge));
    }

    /** Reads duties with the given matcher (the role evaluation's, which leaves each fold's lines out). */
    public Evaluator(KnowledgeBase knowledge, RuleBase rules, DutyMatcher matcher) {
        this(knowledge, rules, matcher, ReadingChoices.defaults(knowledge));
    }

    private Evaluator(KnowledgeBase knowledge, RuleBase rules, DutyMatcher matcher, ReadingChoices readings) {
        this.knowledge = knowledge;
        this.rules = rules;
        this.matcher = matcher;
        this.readings = readings;
        this.missingFacts = new MissingFacts.Finder(knowledge.intakeFields());
        Map<String, String> wording = knowledge.roleWorksheet().activities().stream()
                .collect(Collectors.toMap(RoleActivity::id, RoleActivity::activity));
        this.activityWording = wording::get;
    }

    /** The same evaluator, taking these alternatives for the declared readings. */
    public Evaluator withReadings(ReadingChoices choices) {
        return new Evaluator(knowledge, rules, matcher, choices);
    }

    /** The alternatives this evaluator takes for the declared readings. */
    public ReadingChoices readings() {
        return readings;
    }

    /** Evaluates every domain. */
    public Evaluation evaluate(ProgramDescription description, LocalDate asOf) {
        return evaluate(
                description, asOf, knowledge.domains().stream().map(d -> d.id()).collect(Collectors.toSet()));
    }

    /** Evaluates the items of the given domains only, with the shared rules and those domains' rules. */
    public Evaluation evaluate(ProgramDescription description, LocalDate asOf, Set<String> domains) {
        List<ChecklistItem> items = knowledge.items().stream()
                .filter(i -> domains.contains(i.domain()))
                .toList();
        List<ProposedDuty> duties = ProposedDuty.of(description.role(), activityWording);
        KieSession session = session(description, asOf, domains, items, duties, matcher::read, Set.of(), null);
        try {
            return new Evaluation(inItemOrder(items, session), reviews(duties, session), figures(session));
        } finally {
            session.dispose();
        }
    }

    /**
     * The verdicts the role rules give duties read as the given facts instead of by the matcher: the rules linter
     * asks what each labelled corpus line gets as an instance of its label.
     */
    public List<DutyVerdict> judge(List<ProposedDuty> duties, Function<ProposedDuty, DutyFacts> facts) {
        Set<String> domains = Set.of(Domain.ROLE);
        List<ChecklistItem> items = knowledge.items().stream()
                .filter(i -> domains.contains(i.domain()))
                .toList();
        KieSession session = session(
                new ProgramDescription(null, null, null, null, null),
                LocalDate.EPOCH,
                domains,
                items,
                duties,
                facts,
                Set.of(),
                null);
        try {
            return reviews(duties, session).stream().map(DutyReview::verdict).toList();
        } finally {
            session.dispose();
        }
    }

    /**
     * For the rules linter: runs every domain over one input, with the named rules kept from firing, and without the
     * checks {@link #evaluate} makes. Reports which items got an outcome and which rules fired.
     */
    public Probe probe(ProgramDescription description, LocalDate asOf, Set<String> blockedRules) {
        Set<String> domains = knowledge.domains().stream().map(d -> d.id()).collect(Collectors.toSet());
        Set<String> fired = new TreeSet<>();
        KieSession session = session(
                description,
                asOf,
                domains,
                knowledge.items(),
                ProposedDuty.of(description.role(), activityWording),
                matcher::read,
                blockedRules,
                new DefaultAgendaEventListener() {
                    @Override
                    public void afterMatchFired(AfterMatchFiredEvent event) {
                        fired.add(event.getMatch().getRule().getName());
                    }
                });
        try {
            Set<String> decided = new TreeSet<>();
            session.getObjects(new ClassObjectFilter(Outcome.class))
                    .forEach(o -> decided.add(((Outcome) o).getItemId()));
            return new Probe(decided, fired);
        } finally {
            session.dispose();
        }
    }

    /** What a probe saw: the items that got an outcome, and the names of the rules that fired. */
    public record Probe(Set<String> decidedItems, Set<String> firedRules) {}

    private KieSession session(
            ProgramDescription description,
            LocalDate asOf,
            Set<String> domains,
            List<ChecklistItem> items,
            List<ProposedDuty> duties,
            Function<ProposedDuty, DutyFacts> read,
            Set<String> blocked,
            AgendaEventListener listener) {
        KieSession session = rules.newSession();
        try {
            session.addEventListener(new RuleRecorder());
            if (listener != null) {
                session.addEventListener(listener);
            }
            session.insert(new AssessmentContext(asOf));
            session.insert(description.program());
            session.insert(description.facts());
            knowledge.thresholds().forEach(session::insert);
            readings.all().forEach(session::insert);
            // The readings as declared, whose citations a rationale may cite (Citing), beside the choices above.
            knowledge.declaredReadings().forEach(session::insert);
            items.forEach(session::insert);
            description.answers().forEach((id, a) -> session.insert(new AnswerFact(id, a.answer(), a.note())));
            missingFacts.of(description).forEach(session::insert);
            description.waivers().forEach(session::insert);
            knowledge.roleLanguage().signals().forEach(session::insert);
            knowledge.dutyFrames().readings().forEach(session::insert);
            // The rules read only the program's own state's row: the other fifty would be facts to match for nothing.
            String state = description.program().state();
            knowledge.stateTable().stream()
                    .filter(row -> row.state().equals(state))
                    .forEach(session::insert);
            knowledge.funding().forEach(session::insert);
            knowledge.evaluationGuide().outcomeDomains().forEach(session::insert);
            List<DutyFacts> facts = DutyFactsInOrder.read(duties, read);
            for (int i = 0; i < duties.size(); i++) {
                session.insert(duties.get(i));
                facts.get(i).all().forEach(session::insert);
            }
            AgendaFilter inScope = inDomains(domains);
            int fired = session.fireAllRules(
                    m -> inScope.accept(m) && !blocked.contains(m.getRule().getName()), MAX_FIRINGS);
            if (fired >= MAX_FIRINGS) {
                throw new RuleSetDefect("the rules fired " + fired + " times without settling; a rule is looping");
            }
            return session;
        } catch (RuntimeException e) {
            session.dispose();
            throw e;
        }
    }

    private static AgendaFilter inDomains(Set<String> domains) {
        Set<String> packages = domains.stream().map(Evaluator::rulesPackage).collect(Collectors.toSet());
        return match -> {
            String pkg = match.getRule().getPackageName();
            return pkg.equals(SHARED_RULES) || packages.contains(pkg);
        };
    }

    /** The staffing figures the rules worked out, in plan order. */
    private static List<StaffingFigure> figures(KieSession session) {
        List<StaffingFigure> figures = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(StaffingFigure.class)).forEach(o -> figures.add((StaffingFigure) o));
        figures.sort(Comparator.comparingInt(StaffingFigure::order).thenComparing(StaffingFigure::id));
        return figures;
    }

    /** Every duty gets exactly one verdict; its matches are reported with it in a stable order. */
    private static List<DutyReview> reviews(List<ProposedDuty> duties, KieSession session) {
        Map<Integer, DutyVerdict> verdicts = new LinkedHashMap<>();
        for (Object o : session.getObjects(new ClassObjectFilter(DutyVerdict.class))) {
            DutyVerdict verdict = (DutyVerdict) o;
            if (verdicts.put(verdict.duty(), verdict) != null) {
                throw new RuleSetDefect("duty " + duties.get(verdict.duty()).quoted() + " got two verdicts");
            }
        }
        List<ActivityMatch> activities = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(ActivityMatch.class)).forEach(o -> activities.add((ActivityMatch) o));
        List<SignalMatch> signals = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(SignalMatch.class)).forEach(o -> signals.add((SignalMatch) o));
        List<DutyReview> reviews = new ArrayList<>();
        for (ProposedDuty duty : duties) {
            DutyVerdict verdict = verdicts.get(duty.index());
            if (verdict == null) {
                throw new RuleSetDefect("no rule gave a verdict on duty " + duty.quoted());
            }
            reviews.add(new DutyReview(
                    duty,
                    activities.stream()
                            .filter(m -> m.duty() == duty.index())
                            .sorted(Comparator.comparing(m -> m.activity().line()))
                            .toList(),
                    signals.stream()
                            .filter(m -> m.duty() == duty.index())
                            .sorted(SignalMatch.ORDER)
                            .toList(),
                    verdict));
        }
        return reviews;
    }

    /** Every item gets exactly one outcome, and no outcome names an item outside the evaluated items. */
    private static Map<String, Outcome> inItemOrder(List<ChecklistItem> items, KieSession session) {
        List<Outcome> outcomes = new ArrayList<>();
        session.getObjects(new ClassObjectFilter(Outcome.class)).forEach(o -> outcomes.add((Outcome) o));
        Map<String, Outcome> byItem = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            Outcome previous = byItem.put(outcome.getItemId(), outcome);
            if (previous != null) {
                throw new RuleSetDefect("item " + outcome.getItemId() + " was decided twice, by rules '"
                        + previous.rule() + "' and '" + outcome.rule() + "'");
            }
        }
        Map<String, Outcome> ordered = new LinkedHashMap<>();
        for (ChecklistItem item : items) {
            Outcome outcome = byItem.remove(item.id());
            if (outcome == null) {
                throw new RuleSetDefect("no rule decided item " + item.id());
            }
            ordered.put(item.id(), outcome);
        }
        if (!byItem.isEmpty()) {
            throw new RuleSetDefect("rules decided items that are not in the knowledge base or not being evaluated: "
                    + byItem.keySet());
        }
        return ordered;
    }

    /** Remembers which rule inserted each outcome, so a finding can say what decided it. */
    private static final class RuleRecorder extends DefaultRuleRuntimeEventListener {
        @Override
        public void objectInserted(ObjectInsertedEvent event) {
            if (event.getObject() instanceof Outcome outcome && event.getRule() != null) {
                outcome.recordRule(event.getRule().getName());
            }
        }
    }
}
