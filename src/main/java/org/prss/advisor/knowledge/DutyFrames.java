package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Map;

/**
 * The words by which the role rules read a duty's frames (checklists/duty-frames.yaml): classes of words
 * ("TELL": report, update, inform ...) and the readings the rules give frames built of them.
 *
 * @param classes each class id with its entries, a word or a few words in a row, as written in the file
 */
public record DutyFrames(Map<String, List<String>> classes, List<DutyReading> readings) {

    public static final DutyFrames EMPTY = new DutyFrames(Map.of(), List.of());

    public DutyFrames {
        classes = Map.copyOf(classes);
        readings = List.copyOf(readings);
    }
}
