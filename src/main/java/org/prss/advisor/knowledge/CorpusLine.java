package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * One labelled duty line of the corpus: the wording, what it is an instance of (a worksheet activity, a role signal
 * or a corpus kind), the verdict it should get, whether it states the condition its label depends on, and the
 * sources behind the label.
 *
 * @param index           the line's place in the corpus, counted from 0
 * @param setting         the setting the line is a duty in, when its verdict depends on the setting; null when the
 *                        line is judged as a duty in any setting
 * @param sourcesDisagree true where the sources give this duty different answers by setting
 * @param line            the line of the file the entry starts on
 */
public record CorpusLine(
        int index,
        String text,
        String label,
        CorpusVerdict verdict,
        boolean conditionStated,
        boolean lookalike,
        String origin,
        List<Citation> citations,
        Setting setting,
        boolean sourcesDisagree,
        String file,
        int line) {

    public CorpusLine {
        citations = List.copyOf(citations);
    }

    /** "checklists/duty-corpus.yaml:120". */
    public String where() {
        return file + ":" + line;
    }
}
