package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Words a ROLE finding's rationale and evidence from the duties behind it, in the order the program wrote them,
 * so the same duties always read the same way. Takes the raw lists the rules collect.
 */
public final class RoleEvidence {

    private RoleEvidence() {}

    /** "'Administer random urine screens' (role.duties[0]: urine, screens); ...". */
    public static String describe(Collection<?> signals, Collection<?> duties) {
        Map<Integer, ProposedDuty> byIndex = byIndex(duties);
        Map<Integer, List<String>> shown = new LinkedHashMap<>();
        signals.stream()
                .map(SignalMatch.class::cast)
                .sorted(Comparator.comparingInt(SignalMatch::duty).thenComparing(SignalMatch.ORDER))
                .forEach(s -> {
                    List<String> why = shown.computeIfAbsent(s.duty(), d -> new ArrayList<>());
                    String part = s.evidence();
                    if (!why.contains(part)) {
                        why.add(part);
                    }
                });
        List<String> parts = new ArrayList<>();
        shown.forEach((index, why) -> {
            ProposedDuty duty = byIndex.get(index);
            parts.add("'" + duty.text() + "' (" + duty.origin() + ": " + String.join("; ", why) + ")");
        });
        return String.join("; ", parts);
    }

    /** The input paths of the duties that showed the signals, in duty order. */
    public static String[] paths(Collection<?> signals, Collection<?> duties) {
        Map<Integer, ProposedDuty> byIndex = byIndex(duties);
        return signals.stream()
                .map(SignalMatch.class::cast)
                .map(SignalMatch::duty)
                .distinct()
                .sorted()
                .map(i -> byIndex.get(i).origin())
                .toArray(String[]::new);
    }

    /**
     * The duties that matched nothing and wait for a person (their {@link DutyVerdict}s are NEEDS_REVIEW), quoted in
     * duty order: "'Restock the break room' (role.duties[4]); ...".
     */
    public static String unreviewed(Collection<?> verdicts, Collection<?> duties) {
        Map<Integer, ProposedDuty> byIndex = byIndex(duties);
        return verdicts.stream()
                .map(DutyVerdict.class::cast)
                .map(DutyVerdict::duty)
                .distinct()
                .sorted()
                .map(i -> byIndex.get(i).quoted())
                .collect(Collectors.joining("; "));
    }

    /**
     * The duties still to be reviewed that bear on an item, counted among all the proposed duties and quoted: "1 of the
     * 6 proposed duties, which the advisor could not settle and which may bear on it, is still to be reviewed by a
     * person: 'Work with participants on their release plans' (role.duties[1])".
     */
    public static String toReview(Collection<?> verdicts, Collection<?> duties) {
        long count = verdicts.stream()
                .map(DutyVerdict.class::cast)
                .map(DutyVerdict::duty)
                .distinct()
                .count();
        return count + " of the " + duties.size() + " proposed duties, which the advisor could not settle and which may"
                + " bear on it, " + (count == 1 ? "is" : "are") + " still to be reviewed by a person: "
                + unreviewed(verdicts, duties);
    }

    /** The input paths of the duties still to be reviewed, in duty order. */
    public static String[] unreviewedPaths(Collection<?> verdicts, Collection<?> duties) {
        return paths(List.of(), verdicts, duties);
    }

    /** The input paths of the duties that showed the signals and of those still to be reviewed, in duty order. */
    public static String[] paths(Collection<?> signals, Collection<?> verdicts, Collection<?> duties) {
        Map<Integer, ProposedDuty> byIndex = byIndex(duties);
        return Stream.concat(
                        signals.stream().map(SignalMatch.class::cast).map(SignalMatch::duty),
                        verdicts.stream().map(DutyVerdict.class::cast).map(DutyVerdict::duty))
                .distinct()
                .sorted()
                .map(i -> byIndex.get(i).origin())
                .toArray(String[]::new);
    }

    /** The input paths of all the duties, in duty order. */
    public static String[] paths(Collection<?> duties) {
        return duties.stream()
                .map(ProposedDuty.class::cast)
                .sorted(Comparator.comparingInt(ProposedDuty::index))
                .map(ProposedDuty::origin)
                .toArray(String[]::new);
    }

    private static Map<Integer, ProposedDuty> byIndex(Collection<?> duties) {
        Map<Integer, ProposedDuty> byIndex = new LinkedHashMap<>();
        duties.stream().map(ProposedDuty.class::cast).forEach(d -> byIndex.put(d.index(), d));
        return byIndex;
    }
}
