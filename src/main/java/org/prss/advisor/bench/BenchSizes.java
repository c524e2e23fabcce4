package org.prss.advisor.bench;

/**
 * How much a bench run measures: the full run whose figures are reported, or the quick one, a smoke test of the
 * benchmark itself.
 *
 * @param generatedPlans generated descriptions for the in-process loads and the service
 * @param coldRuns fresh JVMs per cold-start figure
 * @param windows alternating windows of the paired rule evaluations
 * @param windowSeconds each such window's length
 * @param coldBatch assessments in the cold batch, per jar
 * @param workbookSeconds measured seconds of complete assessments with workbooks, once steady
 * @param floorPlans plans timed against POI's writers
 * @param batchPlans generated plans the batch runner writes
 * @param roleRuns cold role reviews per jar (three times as many warm ones)
 * @param serviceSeconds measured seconds of the service under load, once the load is steady
 */
public record BenchSizes(
        int generatedPlans,
        int coldRuns,
        int windows,
        double windowSeconds,
        int coldBatch,
        double workbookSeconds,
        int floorPlans,
        int batchPlans,
        int roleRuns,
        double serviceSeconds) {

    public static final BenchSizes FULL = new BenchSizes(200, 10, 10, 3, 1000, 10, 50, 1000, 5, 30);

    public static final BenchSizes QUICK = new BenchSizes(40, 3, 4, 2, 100, 3, 10, 100, 2, 5);
}
