package org.prss.advisor.knowledge;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.prss.advisor.model.Citation;

/**
 * The headings under which a job description lists the peer's duties ({@code
 * checklists/job-description-sections.yaml}):
 * a Word or PDF job description is reviewed under these headings only, and its other sections are listed as skipped.
 *
 * @param names the headings as written in the file
 */
public record JobDescriptionSections(List<String> names, List<Citation> citations) {

    public static final JobDescriptionSections NONE = new JobDescriptionSections(List.of(), List.of());

    /** Leading numbering of a heading: "3.", "3)", "III.", "B.". */
    private static final Pattern NUMBERING = Pattern.compile("^(?:\\d{1,3}|[IVXivx]{1,5}|[A-Za-z])[.)]\\s+");

    public JobDescriptionSections {
        names = List.copyOf(names);
        citations = List.copyOf(citations);
    }

    /** True when the heading is one of the duty headings, compared as {@link #normalised(String)}. */
    public boolean listsDuties(String heading) {
        String key = normalised(heading);
        return names.stream().anyMatch(n -> normalised(n).equals(key));
    }

    /**
     * A heading reduced to what names it: lower case, without leading numbering, a trailing colon or extra spaces,
     * with "&" read as "and".
     */
    public static String normalised(String heading) {
        String text = NUMBERING.matcher(heading.strip()).replaceFirst("");
        text = text.replace("&", " and ").replaceAll("[:.\\s]+$", "").replaceAll("\\s+", " ");
        return text.strip().toLowerCase(Locale.ROOT);
    }
}
