package org.prss.advisor.engine;

/**
 * A number the staffing rules work out from the program's facts and the thresholds, such as the peers a facility's
 * population calls for. Rules compare facts against figures, and the Staffing Plan sheet shows them with how each
 * was worked out.
 *
 * @param order where the figure sits in the staffing plan
 * @param how   the working, in the program's own numbers: "620 people / 1500 x 20, rounded up"
 */
public record StaffingFigure(int order, String id, String label, double value, String unit, String how) {}
