package org.prss.advisor.input;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts problems in the order a person reads an intake workbook: by sheet as the template lays them out, then row,
 * then column; problems without a cell (a description's field paths) keep their order, after those with one.
 */
final class CellOrder {

    private static final Pattern CELL = Pattern.compile("^(\\w+)!([A-Z]+)(\\d+)");
    private static final List<String> SHEETS =
            List.of(IntakeLayout.PROGRAM, IntakeLayout.CHECKLIST, IntakeLayout.ROLE, IntakeLayout.WAIVERS);

    private CellOrder() {}

    static List<InputProblem> sorted(List<InputProblem> problems) {
        List<InputProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingLong(CellOrder::rank));
        return sorted;
    }

    private static long rank(InputProblem problem) {
        Matcher m = CELL.matcher(problem.path());
        if (!m.find()) {
            return Long.MAX_VALUE;
        }
        int sheet = SHEETS.indexOf(m.group(1));
        long column = 0;
        for (char c : m.group(2).toCharArray()) {
            column = column * 26 + (c - 'A' + 1);
        }
        return ((sheet < 0 ? SHEETS.size() : sheet) * 10_000_000L + Long.parseLong(m.group(3))) * 1000 + column;
    }
}
