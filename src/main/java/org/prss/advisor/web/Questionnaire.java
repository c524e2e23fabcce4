package org.prss.advisor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Locale;
import org.prss.advisor.input.IntakeFieldSpec;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.knowledge.Domain;
import org.prss.advisor.knowledge.RoleActivity;
import org.prss.advisor.knowledge.RuleSetInfo;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * The web page's self-assessment for one setting (or every setting when {@code setting} is null), generated from the
 * knowledge base as the intake workbook is: the program, one section per domain with its facts and checklist
 * questions, the role, the evaluation measures (only when the knowledge names outcome domains) and the waivers.
 * Every question names the description path its answer goes to, so the page builds a program description the
 * advisor reads as it reads any other. Sections, questions and table columns are each a sealed family, one record per
 * kind holding only what that kind has; the JSON names the kind in {@code kind} (each record's {@code JsonTypeName}),
 * and the OpenAPI description lists the kinds from the interfaces' permits.
 *
 * @param scope   what the questionnaire asks for its setting, in the intake workbook's words
 * @param answers the answers a checklist question takes
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Questionnaire(RuleSetInfo ruleSet, Setting setting, String scope, List<String> answers, List<Section> sections) {

    /** A section of the page. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    sealed interface Section permits ProgramSection, DomainSection, RoleSection, TableSection {
        String id();

        String title();

        /** Who and where: the program's own facts and those that decide no item. */
        static Section program(String about, List<Question> questions) {
            return new ProgramSection("program", "Program", about, questions);
        }

        /** A knowledge-base domain: its facts, then its checklist questions. */
        static Section domain(Domain domain, String about, List<Question> questions) {
            return new DomainSection(domain.id(), domain.name(), about, domain.scored(), questions);
        }
    }

    @JsonTypeName("program")
    record ProgramSection(String id, String title, String about, List<Question> questions) implements Section {}

    /** @param scored whether its findings count toward the score */
    @JsonTypeName("domain")
    record DomainSection(String id, String title, String about, boolean scored, List<Question> questions)
            implements Section {}

    /**
     * Worksheet activities and free-text duties.
     *
     * @param worksheet the worksheet the activities come from, as the knowledge cites it
     */
    @JsonTypeName("role")
    record RoleSection(String id, String title, String about, Citation worksheet, List<Question> questions)
            implements Section {}

    /**
     * Repeatable rows: measures, waivers.
     *
     * @param path    the description path of its list of rows
     * @param columns one per key of a row
     * @param none    for a table whose empty list means something ("no measures"): the words for saying so
     */
    @JsonTypeName("table")
    record TableSection(String id, String title, String about, String path, List<Column> columns, String none)
            implements Section {}

    /**
     * One question; every kind has {@code path}, where the answer goes in the description
     * ({@code facts.caseloadPerPeer}, {@code answers.RDY-LEAD-01}, {@code role.activities}), and a label.
     */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    sealed interface Question permits FactQuestion, ChecklistQuestion, ActivityQuestion, DutyLines {
        String path();

        String label();

        /**
         * A fact of the Program sheet as the schema types it.
         *
         * @param choices     a choice's values, or the values each entry of a list may take
         * @param suggestions values to offer while typing a text (the state table's codes)
         */
        static Question fact(IntakeFieldSpec spec, Fact fact, List<Choice> choices, List<Choice> suggestions) {
            String unit = spec.field().unit();
            return switch (spec.kind()) {
                case INTEGER -> new IntegerFact(fact, spec.minimum(), spec.maximum(), unit);
                case NUMBER -> new NumberFact(fact, spec.minimum(), spec.maximum(), unit);
                case CHOICE -> new ChoiceFact(fact, choices);
                case YES_NO -> new YesNoFact(fact);
                case LIST -> new ListFact(fact, choices);
                case TEXT ->
                    new TextFact(
                            fact, spec.pattern() == null ? null : spec.pattern().pattern(), suggestions);
            };
        }

        /** A checklist item's question, answered YES, PARTIAL, NO or UNKNOWN with a note. */
        static Question answer(ChecklistItem item, String note, List<Condition> onlyIf) {
            return new ChecklistQuestion(
                    "answers." + item.id(),
                    item.id(),
                    item.title(),
                    item.question(),
                    item.why(),
                    item.groupName(),
                    item.severity().name(),
                    note,
                    onlyIf,
                    item.citations());
        }

        /** A worksheet activity: part of the role or not. */
        static Question activity(RoleActivity activity) {
            return new ActivityQuestion(
                    "role.activities",
                    activity.id(),
                    activity.activity(),
                    activity.categoryName(),
                    List.of(activity.worksheet()));
        }
    }

    /** A question about a fact, with what every fact has. */
    sealed interface FactQuestion extends Question
            permits IntegerFact, NumberFact, ChoiceFact, YesNoFact, ListFact, TextFact {
        Fact fact();

        @Override
        default String path() {
            return fact().path();
        }

        @Override
        default String label() {
            return fact().label();
        }
    }

    /**
     * What every fact question has.
     *
     * @param why       what the fact means
     * @param note      where it applies, for a questionnaire of every setting
     * @param feeds     the checklist items it helps decide
     * @param citations their sources, one click away on the page
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Fact(String path, String label, String why, String note, List<Feed> feeds, List<Citation> citations) {}

    /** @param unit what the number counts ("participants per peer") */
    @JsonTypeName("integer")
    record IntegerFact(@JsonUnwrapped Fact fact, Double minimum, Double maximum, String unit) implements FactQuestion {}

    @JsonTypeName("number")
    record NumberFact(@JsonUnwrapped Fact fact, Double minimum, Double maximum, String unit) implements FactQuestion {}

    @JsonTypeName("choice")
    record ChoiceFact(@JsonUnwrapped Fact fact, List<Choice> choices) implements FactQuestion {}

    @JsonTypeName("yesno")
    record YesNoFact(@JsonUnwrapped Fact fact) implements FactQuestion {}

    /** @param choices the values each entry may take; none for a list of free text */
    @JsonTypeName("list")
    record ListFact(@JsonUnwrapped Fact fact, List<Choice> choices) implements FactQuestion {}

    /** @param pattern the form the text must have (a state code), as a regular expression */
    @JsonTypeName("text")
    record TextFact(@JsonUnwrapped Fact fact, String pattern, List<Choice> suggestions) implements FactQuestion {}

    /**
     * @param text   the item's question
     * @param group  the item's group
     * @param note   where it applies, for a questionnaire of every setting
     * @param onlyIf it applies only when each of these facts, if given, holds one of its values
     */
    @JsonTypeName("answer")
    record ChecklistQuestion(
            String path,
            String id,
            String label,
            String text,
            String why,
            String group,
            String severity,
            String note,
            List<Condition> onlyIf,
            List<Citation> citations)
            implements Question {}

    /** @param group the activity's category */
    @JsonTypeName("activity")
    record ActivityQuestion(String path, String id, String label, String group, List<Citation> citations)
            implements Question {}

    /** Free text, one entry per line. */
    @JsonTypeName("lines")
    record DutyLines(String path, String label, String why) implements Question {}

    /** A column of a table: {@code path} is its key within a row. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    sealed interface Column permits TextColumn, ChoiceColumn, DateColumn {
        String path();

        String label();

        /** A value the row cannot go without. */
        boolean required();

        /** A date where the key says so, a choice where there are values to choose from, else text. */
        static Column of(String key, String label, List<Choice> choices, boolean required) {
            if (key.equals("expires")) {
                return new DateColumn(key, label, required);
            }
            return choices.isEmpty()
                    ? new TextColumn(key, label, required)
                    : new ChoiceColumn(key, label, choices, required);
        }
    }

    @JsonTypeName("text")
    record TextColumn(String path, String label, boolean required) implements Column {}

    @JsonTypeName("choice")
    record ChoiceColumn(String path, String label, List<Choice> choices, boolean required) implements Column {}

    @JsonTypeName("date")
    record DateColumn(String path, String label, boolean required) implements Column {}

    /** An allowed value and how the page shows it. */
    record Choice(String value, String label) {

        /** A value with its words for a label. */
        static Choice named(String value) {
            return new Choice(value, words(value));
        }

        /**
         * A value as a person reads it: PARTNER_ORGANIZATION as "Partner organization"; an abbreviation without
         * vowels (CCBHC) stays as it is.
         */
        static String words(String value) {
            if (!value.equals(value.toUpperCase(Locale.ROOT))
                    || value.chars().noneMatch(c -> "AEIOU".indexOf(c) >= 0)) {
                return value;
            }
            String lower = value.replace('_', ' ').toLowerCase(Locale.ROOT);
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
    }

    /**
     * A fact a question depends on: it applies when the fact is not given or holds one of {@code values} (as the
     * description writes them: "true", "INCARCERATED_PEER").
     */
    record Condition(String path, String label, List<String> values) {}

    /** A checklist item a fact helps decide. */
    record Feed(String id, String title) {}
}
