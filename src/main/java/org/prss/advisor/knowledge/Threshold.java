package org.prss.advisor.knowledge;

import java.util.List;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.EmploymentModel;
import org.prss.advisor.model.Frequency;
import org.prss.advisor.model.Setting;

/**
 * A number, level or list the rules compare program facts against, kept as cited data so a policy office can
 * change it without touching a rule. Its value has been checked against its declared type when the knowledge
 * loaded (see {@link ThresholdType}); the rules read the typed value that fits ({@code whole}, {@code number},
 * {@code frequency}, {@code low}/{@code high}, {@code settings}, {@code models}) and print {@code text}.
 */
public final class Threshold {

    private final String id;
    private final ThresholdType type;
    private final String value;
    private final List<String> values;
    private final String unit;
    private final String description;
    private final List<Citation> citations;
    private final String reading;
    private final String file;
    private final int line;
    // The typed values, parsed once here rather than on every rule evaluation that reads them.
    private final Integer whole;
    private final Double number;
    private final Frequency frequency;
    private final List<Setting> settings;
    private final List<EmploymentModel> models;

    /** Builds a threshold whose value already fits its type (the loader checks with {@link #fits}). */
    public Threshold(
            String id,
            ThresholdType type,
            String value,
            List<String> values,
            String unit,
            String description,
            List<Citation> citations,
            String reading,
            String file,
            int line) {
        this.id = id;
        this.type = type;
        this.value = value;
        this.values = values == null ? List.of() : List.copyOf(values);
        this.unit = unit;
        this.description = description;
        this.citations = citations == null ? List.of() : List.copyOf(citations);
        this.reading = reading;
        this.file = file;
        this.line = line;
        if (!fits(type, value, this.values)) {
            throw new IllegalArgumentException("threshold " + id + ": expected " + type.expected());
        }
        this.whole = type == ThresholdType.WHOLE_NUMBER ? Integer.valueOf(value) : null;
        this.number = switch (type) {
            case WHOLE_NUMBER, DECIMAL, MONEY -> Double.valueOf(value);
            default -> null;
        };
        this.frequency = type == ThresholdType.FREQUENCY ? Frequency.valueOf(value) : null;
        this.settings = type == ThresholdType.SETTINGS
                ? this.values.stream().map(Setting::valueOf).toList()
                : null;
        this.models = type == ThresholdType.EMPLOYMENT_MODELS
                ? this.values.stream().map(EmploymentModel::valueOf).toList()
                : null;
    }

    /** Whether a value (or list of values) as written fits a type. */
    public static boolean fits(ThresholdType type, String value, List<String> values) {
        return type.fits(value, values == null ? List.of() : values);
    }

    public String id() {
        return id;
    }

    public ThresholdType type() {
        return type;
    }

    /** The single value as written, or null for a list. */
    public String value() {
        return value;
    }

    /** The list of values as written, or empty for a single value. */
    public List<String> values() {
        return values;
    }

    public String unit() {
        return unit;
    }

    public String description() {
        return description;
    }

    public List<Citation> citations() {
        return citations;
    }

    /** The declared reading its value rests on where the value is the advisor's and not a source's, or null. */
    public String reading() {
        return reading;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    // Typed values for the rule language, which reads bean properties. Each is null unless the type provides it.

    public String getId() {
        return id;
    }

    /** The value as a reader sees it: "20", "BIWEEKLY", "20-30", "AGENCY_EMPLOYEE, CONTRACTOR". */
    public String getText() {
        return value != null ? value : String.join(type == ThresholdType.RANGE ? "-" : ", ", values);
    }

    /** A whole number's value. */
    public Integer getWhole() {
        return whole;
    }

    /** A whole number's, decimal's or amount's value. */
    public Double getNumber() {
        return number;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    /** A range's low end. */
    public Integer getLow() {
        return type == ThresholdType.RANGE ? Integer.valueOf(values.get(0)) : null;
    }

    /** A range's high end. */
    public Integer getHigh() {
        return type == ThresholdType.RANGE ? Integer.valueOf(values.get(1)) : null;
    }

    public List<Setting> getSettings() {
        return settings;
    }

    public List<EmploymentModel> getModels() {
        return models;
    }
}
