package org.prss.advisor.role;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RoleSignal;
import org.prss.advisor.knowledge.WorksheetAnswer;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * What the role rules decided about one part of a proposed duty, why, and which sources say so. The rules insert
 * exactly one per part; the factories put the reasons in a stable order whatever order the rules collected them in.
 */
public record PartVerdict(
        @JsonIgnore int duty,
        @JsonIgnore int part,
        String text,
        DutyFit fit,
        String reason,
        List<Citation> citations,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> readAs,
        @JsonInclude(JsonInclude.Include.NON_NULL) String instead) {

    public PartVerdict {
        citations = List.copyOf(citations);
        readAs = List.copyOf(readAs);
    }

    /**
     * Decided by the frame readings, signals, worksheet activities and corpus kinds the part matched, each named with
     * what showed it (the frame, the words, or the labelled example it resembles), and by a condition the part states.
     * What to write instead comes from the first reading, signal, activity or kind that gives the verdict.
     */
    public static PartVerdict of(
            DutyPart part,
            DutyFit fit,
            String verdict,
            Setting setting,
            Collection<? extends FrameReading> readings,
            Collection<? extends SignalMatch> signals,
            Collection<? extends ActivityMatch> activities,
            Collection<? extends KindMatch> kinds,
            Collection<? extends ConditionMet> conditions) {
        List<String> reasons = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        List<String> readAs = new ArrayList<>();
        List<String> instead = new ArrayList<>();
        readings.stream()
                .sorted(Comparator.comparingInt((FrameReading r) -> r.frame().order())
                        .thenComparing(FrameReading::readingId))
                .forEach(r -> {
                    reasons.add(r.describe());
                    readAs.add(r.readingId() + ": " + r.shown());
                    citations.addAll(r.citations());
                    if (fit != DutyFit.FITS_ROLE && r.instead() != null) {
                        instead.add(r.instead());
                    }
                });
        Map<RoleSignal, List<String>> shown = new LinkedHashMap<>();
        signals.stream()
                .sorted(SignalMatch.ORDER)
                .forEach(s -> shown.computeIfAbsent(s.signal(), k -> new ArrayList<>())
                        .add(s.evidence()));
        shown.forEach((signal, evidence) -> {
            reasons.add(signal.name() + " (" + String.join("; ", evidence) + "): " + signal.meaning());
            citations.addAll(signal.citations());
            if (fit != DutyFit.FITS_ROLE && signal.instead() != null) {
                instead.add(signal.instead());
            }
        });
        activities.stream()
                .sorted(Comparator.comparing((ActivityMatch m) -> m.activity().line()))
                .forEach(m -> {
                    RoleActivity a = m.activity();
                    reasons.add(m.describe() + ": part of the role "
                            + a.partOfRole().describe()
                            + "; conflicts with peer values "
                            + a.conflictsWithValues().describe()
                            + "; another staff member better suited "
                            + a.anotherRoleBetter().describe() + ".");
                    citations.add(a.worksheet());
                    if (fit != DutyFit.FITS_ROLE && a.anotherRoleBetter().betterSuitedRole() != null) {
                        instead.add("Give it to " + a.anotherRoleBetter().betterSuitedRole() + ".");
                    }
                    for (WorksheetAnswer answer : List.of(a.partOfRole(), a.conflictsWithValues())) {
                        citations.addAll(answer.citations());
                    }
                });
        kinds.stream().sorted(Comparator.comparing(KindMatch::kindId)).forEach(k -> {
            String condition = k.kind().conditionIn(setting);
            reasons.add(k.describe() + ": " + k.kind().verdictIn(setting)
                    + (condition == null ? "" : ", " + condition)
                    + (setting == null
                                    || k.kind().verdictIn(setting) == k.kind().verdict()
                            ? ""
                            : " in this setting (" + setting + ")")
                    + ".");
            citations.addAll(k.kind().citations());
            if (fit == DutyFit.CONDITIONAL && condition != null) {
                instead.add("State the condition: " + condition + ".");
            }
        });
        conditions.stream().findFirst().ifPresent(c -> reasons.add("Condition met: " + c.describe() + "."));
        for (ByExample match : concat(signals, activities, kinds)) {
            citeExample(match.example(), citations);
        }
        return new PartVerdict(
                part.duty(),
                part.part(),
                part.text(),
                fit,
                verdict + " " + String.join(" ", reasons),
                List.copyOf(citations),
                readAs,
                instead.isEmpty() ? null : instead.get(0));
    }

    @SafeVarargs
    private static List<ByExample> concat(Collection<? extends ByExample>... matches) {
        List<ByExample> all = new ArrayList<>();
        for (Collection<? extends ByExample> m : matches) {
            all.addAll(m);
        }
        return all;
    }

    private static void citeExample(Resemblance example, Set<Citation> citations) {
        if (example != null) {
            citations.addAll(example.example().citations());
        }
    }

    /** Nothing settled the part: it is reported for a person to judge, never dropped, with the nearest examples. */
    public static PartVerdict unmatched(DutyPart part, Collection<? extends Suggestions> suggestions) {
        List<String> nearest = suggestions.stream()
                .flatMap(s -> s.nearest().stream())
                .map(r -> "'" + r.text() + "' (" + r.label() + ", " + r.verdict() + ", similarity " + r.similarityText()
                        + ")")
                .toList();
        String reason = "Needs human review: no phrase rule matched this duty's words and no labelled example is close"
                + " and consistent enough to decide it."
                + (nearest.isEmpty() ? "" : " Nearest labelled examples: " + String.join("; ", nearest) + ".");
        return new PartVerdict(
                part.duty(), part.part(), part.text(), DutyFit.NEEDS_REVIEW, reason, List.of(), List.of(), null);
    }

    /** Not a duty (a reporting line, a qualification): listed apart, not judged, with the listed line it resembles. */
    public static PartVerdict notADuty(DutyPart part, NotADuty match) {
        String reason = "Not a duty: " + match.why() + ". Listed apart and not judged; if it is meant as a duty, word"
                + " it as one (what the peer does, for whom).";
        return new PartVerdict(
                part.duty(), part.part(), part.text(), DutyFit.NOT_A_DUTY, reason, List.of(), List.of(), null);
    }

    /**
     * The frames read the part one way and the labelled examples another: a person decides, shown each candidate
     * reading with its passage. Mixed evidence never lets a duty through.
     */
    public static PartVerdict disputed(
            DutyPart part,
            Collection<? extends FrameReading> readings,
            Collection<? extends KindMatch> kinds,
            Collection<? extends ActivityMatch> activities,
            Collection<? extends SignalMatch> signals) {
        List<String> candidates = new ArrayList<>();
        Set<Citation> citations = new LinkedHashSet<>();
        List<String> readAs = new ArrayList<>();
        for (FrameReading r : readings) {
            candidates.add(r.verdict() + " by its frame. " + r.describe());
            readAs.add(r.readingId() + ": " + r.shown());
            citations.addAll(r.citations());
        }
        for (ByExample match : concat(kinds, activities, signals)) {
            Resemblance example = match.example();
            candidates.add(example.verdict() + " by the labelled line it resembles: " + example.describe() + ".");
            citations.addAll(example.example().citations());
        }
        String reason = "Needs human review: the frame and the labelled examples read this duty differently. "
                + String.join(" ", candidates);
        return new PartVerdict(
                part.duty(),
                part.part(),
                part.text(),
                DutyFit.NEEDS_REVIEW,
                reason,
                List.copyOf(citations),
                readAs,
                null);
    }
}
