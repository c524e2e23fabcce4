package org.prss.advisor.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.prss.advisor.knowledge.RuleSetInfo;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;

/**
 * The web page's self-assessment for one setting (or every setting when {@code setting} is null), generated from the
 * knowledge base as the intake workbook is: the program, one section per domain with its facts and checklist
 * questions, the role, the evaluation measures (only when the knowledge names outcome domains) and the waivers.
 * Every question names the description path its answer goes to, so the page builds a program description the
 * advisor reads as it reads any other.
 *
 * @param answers the answers a checklist question takes
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record Questionnaire(RuleSetInfo ruleSet, Setting setting, List<String> answers, List<Section> sections) {

    /**
     * A section of the page.
     *
     * @param kind    {@code program}, {@code domain} (a knowledge-base domain), {@code role} (worksheet activities
     *                and free-text duties) or {@code table} (repeatable rows: measures, waivers)
     * @param scored  for a domain: whether its findings count toward the score
     * @param path    for a table: the description path of its list of rows
     * @param columns for a table: one question per column, each {@code path} relative to a row
     * @param none    for a table whose empty list means something ("no measures"): the words for saying so
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Section(
            String id,
            String kind,
            String title,
            String about,
            Boolean scored,
            List<Question> questions,
            String path,
            List<Question> columns,
            String none) {}

    /**
     * One question.
     *
     * @param kind        {@code integer}, {@code number}, {@code choice}, {@code yesno}, {@code list}, {@code text},
     *                    {@code date}, {@code answer} (a checklist question: YES, PARTIAL, NO or UNKNOWN and a note),
     *                    {@code activity} (a worksheet activity: part of the role or not) or {@code lines} (free text,
     *                    one entry per line)
     * @param path        where the answer goes in the description: {@code facts.caseloadPerPeer},
     *                    {@code answers.RDY-LEAD-01}, {@code role.activities}; in a table, the key within a row
     * @param id          a checklist item or worksheet activity id
     * @param label       the field's label, the item's title or the activity
     * @param text        a checklist item's question
     * @param why         why it matters
     * @param group       the item's group or the activity's category
     * @param unit        what a number counts or measures ("participants per peer")
     * @param choices     the allowed values of a choice, or of each entry of a list
     * @param pattern     the form a text must have (a state code), as a regular expression
     * @param suggestions values to offer while typing (the state codes of the state table)
     * @param required    in a table row: a value the row cannot go without
     * @param note        where it applies, for a questionnaire of every setting
     * @param onlyIf      the question applies only when each of these facts, if given, holds one of its values
     * @param feeds       the checklist items a fact helps decide
     * @param citations   the sources, one click away on the page
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Question(
            String kind,
            String path,
            String id,
            String label,
            String text,
            String why,
            String group,
            String severity,
            Double minimum,
            Double maximum,
            String unit,
            List<Choice> choices,
            String pattern,
            List<Choice> suggestions,
            Boolean required,
            String note,
            List<Condition> onlyIf,
            List<Feed> feeds,
            List<Citation> citations) {}

    /** An allowed value and how the page shows it. */
    record Choice(String value, String label) {}

    /**
     * A fact a question depends on: it applies when the fact is not given or holds one of {@code values} (as the
     * description writes them: "true", "INCARCERATED_PEER").
     */
    record Condition(String path, String label, List<String> values) {}

    /** A checklist item a fact helps decide. */
    record Feed(String id, String title) {}
}
