package org.prss.advisor.batch;

import org.prss.advisor.assessment.Assessment;

import java.nio.file.Path;

/** One plan of a batch: its assessment and the files written for it, or the error that stopped it. */
public record PlanResult(Path file, Assessment assessment, Path workbook, Path json, String error) {

    public boolean ok() {
        return error == null;
    }
}
