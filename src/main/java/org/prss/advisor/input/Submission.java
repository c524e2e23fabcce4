package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.prss.advisor.model.ProgramDescription;

import java.util.List;

/**
 * A validated description together with the tree it was read from, kept to show the input as received.
 *
 * @param skippedSections for a job description, the sections that do not list duties and were not reviewed
 */
public record Submission(String sourceName, JsonNode received, ProgramDescription description,
                         List<SkippedSection> skippedSections) {

    public Submission {
        skippedSections = List.copyOf(skippedSections);
    }

    /** A submission that is not a job description, so that nothing in it was skipped. */
    public Submission(String sourceName, JsonNode received, ProgramDescription description) {
        this(sourceName, received, description, List.of());
    }
}
