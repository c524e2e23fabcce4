package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;

/**
 * One activity of the LAPPA Toolkit 2021 Appendix C role worksheet, in our own words, with the advisor's answers
 * to the worksheet's three questions and the words a job-description line about it would likely use.
 */
public record RoleActivity(
        String id,
        String category,
        String categoryName,
        String activity,
        Citation worksheet,
        WorksheetAnswer partOfRole,
        WorksheetAnswer conflictsWithValues,
        WorksheetAnswer anotherRoleBetter,
        List<String> keywords,
        String file,
        int line) {

    public RoleActivity {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }
}
