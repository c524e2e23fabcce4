package org.prss.advisor.batch;

import java.nio.file.Path;
import java.util.List;
import org.prss.advisor.assessment.Assessment;

/**
 * One plan of a batch: its assessment and the files written for it, or the error that stopped it.
 *
 * @param name    the plan's path inside the batch folder, as reports show it
 * @param notices values of the plan read leniently, each with how it was read
 */
public record PlanResult(
        Path file, String name, Assessment assessment, Path workbook, Path json, String error, List<String> notices) {

    public boolean ok() {
        return error == null;
    }
}
