package org.prss.advisor.knowledge;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.prss.advisor.model.Citation;
import org.prss.advisor.text.NearestName;

/**
 * Reads and checks the state certification table: the header names the twelve columns, every row has a two-letter
 * state used once, a title, a Medicaid entry as printed with its reading (covered, not covered, or limited and to
 * what), and a locator into the Corrections PRSS Guide.
 */
final class StateTableReader {

    static final String FILE = "state-certification.csv";
    static final List<String> COLUMNS = List.of(
            "state",
            "jurisdiction",
            "title",
            "certifyingBody",
            "trainingHours",
            "exam",
            "supervisedHours",
            "recoveryTime",
            "medicaidAuthority",
            "medicaidCoverage",
            "medicaidLimit",
            "locator");
    private static final Pattern STATE = Pattern.compile("^[A-Z]{2}$");
    private static final Pattern LOCATOR = Pattern.compile("^lines? \\d+(-\\d+)?$");
    private static final String SOURCE = "Corrections PRSS Guide";
    private static final String SECTION =
            "Resource 2, state peer certification and Medicaid table (data from 2018-2020)";

    private final KnowledgeChecks checks;
    private final KnowledgeFile file;

    StateTableReader(KnowledgeChecks checks, KnowledgeFile file) {
        this.checks = checks;
        this.file = file;
    }

    List<StateCertification> read() {
        List<StateCertification> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        try (MappingIterator<Map<String, String>> it =
                new CsvMapper().readerForMapOf(String.class).with(schema).readValues(file.content())) {
            List<String> header = new ArrayList<>();
            ((CsvSchema) it.getParserSchema()).forEach(c -> header.add(c.getName()));
            if (!header.equals(COLUMNS)) {
                checks.problem(file, 1, "the header must be " + String.join(",", COLUMNS));
                return rows;
            }
            Map<String, Integer> seen = new HashMap<>();
            int line = 1;
            while (it.hasNextValue()) {
                line++;
                StateCertification row = row(line, it.nextValue(), seen);
                if (row != null) {
                    rows.add(row);
                }
            }
        } catch (IOException | RuntimeException e) {
            checks.problem(
                    file,
                    0,
                    "cannot be read as CSV: "
                            + e.getMessage().lines().findFirst().orElse(""));
        }
        return rows;
    }

    private StateCertification row(int line, Map<String, String> r, Map<String, Integer> seen) {
        String state = value(r, "state");
        if (!STATE.matcher(state).matches()) {
            checks.problem(file, line, "state '" + state + "' must be a two-letter code");
            return null;
        }
        if (seen.putIfAbsent(state, line) != null) {
            checks.problem(file, line, "state " + state + " is listed twice (first at line " + seen.get(state) + ")");
        }
        for (String required : List.of("jurisdiction", "title", "medicaidAuthority")) {
            if (value(r, required).isEmpty()) {
                checks.problem(file, line, state + ": missing " + required);
            }
        }
        String locator = value(r, "locator");
        if (!LOCATOR.matcher(locator).matches()) {
            checks.problem(file, line, state + ": locator '" + locator + "' must look like 'lines 3027-3037'");
        }
        String medicaid = value(r, "medicaidAuthority");
        return new StateCertification(
                state,
                value(r, "jurisdiction"),
                value(r, "title"),
                value(r, "certifyingBody"),
                value(r, "trainingHours"),
                value(r, "exam"),
                value(r, "supervisedHours"),
                value(r, "recoveryTime"),
                medicaid,
                RecoveryTime.parse(value(r, "recoveryTime")),
                medicaid(line, state, r, medicaid),
                new Citation(SOURCE, SECTION, locator),
                null,
                null);
    }

    /** The Medicaid reading, checked against itself and against the printed words where they settle it ("No"). */
    private MedicaidCoverage medicaid(int line, String state, Map<String, String> r, String words) {
        MedicaidCoverage.Kind kind =
                constant(MedicaidCoverage.Kind.class, line, state, "medicaidCoverage", value(r, "medicaidCoverage"));
        String limitText = value(r, "medicaidLimit");
        MedicaidCoverage.Limit limit = limitText.isEmpty()
                ? null
                : constant(MedicaidCoverage.Limit.class, line, state, "medicaidLimit", limitText);
        if (kind == MedicaidCoverage.Kind.LIMITED && limitText.isEmpty()) {
            checks.problem(file, line, state + ": a LIMITED Medicaid entry must name its medicaidLimit");
        }
        if (kind != null && kind != MedicaidCoverage.Kind.LIMITED && !limitText.isEmpty()) {
            checks.problem(file, line, state + ": medicaidLimit is only for a LIMITED entry, not " + kind);
        }
        if (kind != null && (kind == MedicaidCoverage.Kind.NOT_COVERED) != words.equalsIgnoreCase("No")) {
            checks.problem(
                    file, line, state + ": medicaidCoverage is " + kind + " but the table prints '" + words + "'");
        }
        return new MedicaidCoverage(kind, limit, words);
    }

    private <E extends Enum<E>> E constant(Class<E> type, int line, String state, String column, String text) {
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            checks.problem(
                    file,
                    line,
                    state + ": " + column + " '" + text + "' must be one of " + String.join(", ", names)
                            + NearestName.fieldSuffix(text, names));
            return null;
        }
    }

    private static String value(Map<String, String> row, String column) {
        String v = row.get(column);
        return v == null ? "" : v.strip();
    }
}
