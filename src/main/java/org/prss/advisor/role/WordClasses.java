package org.prss.advisor.role;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.prss.advisor.knowledge.DutyFrames;

/**
 * The word classes of checklists/duty-frames.yaml, compiled: which classes a run of words holds. Words are compared
 * as the phrase rules compare them (stem and synonym group, stop words dropped), so "updates", "updated" and
 * "updating" are one word; an entry of several words ("out of pocket") must stand in a row.
 */
final class WordClasses {

    private record Entry(String classId, List<String> stems) {}

    private final WordNormaliser normaliser;
    private final List<Entry> entries = new ArrayList<>();

    WordClasses(DutyFrames frames, WordNormaliser normaliser) {
        this.normaliser = normaliser;
        for (Map.Entry<String, List<String>> c : frames.classes().entrySet()) {
            for (String words : c.getValue()) {
                List<String> stems = stems(List.of(words.split(" ")));
                if (!stems.isEmpty()) {
                    entries.add(new Entry(c.getKey(), stems));
                }
            }
        }
    }

    /** The classes the words hold, in the file's order. */
    Set<String> of(List<String> written) {
        List<String> stems = stems(written);
        Set<String> found = new LinkedHashSet<>();
        for (Entry e : entries) {
            if (!found.contains(e.classId()) && java.util.Collections.indexOfSubList(stems, e.stems()) >= 0) {
                found.add(e.classId());
            }
        }
        return found;
    }

    private List<String> stems(List<String> written) {
        List<String> stems = new ArrayList<>();
        for (String w : written) {
            normaliser.words(w).forEach(word -> stems.add(word.stem()));
        }
        return stems;
    }
}
