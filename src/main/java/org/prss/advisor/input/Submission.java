package org.prss.advisor.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.prss.advisor.model.ProgramDescription;

/** A validated description together with the tree it was read from, kept to show the input as received. */
public record Submission(String sourceName, JsonNode received, ProgramDescription description) {
}
