package org.prss.advisor.engine;

import java.util.List;
import java.util.stream.Collectors;
import org.prss.advisor.knowledge.Threshold;
import org.prss.advisor.model.Citation;

/**
 * How a rule's rationale names its sources: from the citations the knowledge holds for the threshold, item or declared
 * reading the rule matches, printed as the workbook prints them, so that correcting a locator in checklists/ corrects
 * every rationale that cites it. Rules write no source name or locator of their own; {@code rules check} refuses one.
 */
public final class Citing {

    private Citing() {}

    /** A threshold's citations: "All Rise Guidelines 2023, Guideline 2 ..., line 260". */
    public static String of(Threshold threshold) {
        return of(threshold.citations());
    }

    /** Several citations, one after another: "LAPPA Toolkit 2021, ..., line 461; State Peer Policy 2026, ...". */
    public static String of(List<Citation> citations) {
        return citations.stream().map(Citation::text).collect(Collectors.joining("; "));
    }

    /** One citation, such as the one of a declared reading's citations that a claim rests on. */
    public static String of(Citation citation) {
        return citation.text();
    }
}
