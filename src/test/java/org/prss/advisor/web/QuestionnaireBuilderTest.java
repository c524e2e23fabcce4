package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.Citation;
import org.prss.advisor.model.Setting;
import org.prss.advisor.report.IntakeInstructions;
import org.prss.advisor.web.Questionnaire.ChoiceColumn;
import org.prss.advisor.web.Questionnaire.Column;
import org.prss.advisor.web.Questionnaire.DomainSection;
import org.prss.advisor.web.Questionnaire.IntegerFact;
import org.prss.advisor.web.Questionnaire.ProgramSection;
import org.prss.advisor.web.Questionnaire.Question;
import org.prss.advisor.web.Questionnaire.RoleSection;
import org.prss.advisor.web.Questionnaire.Section;
import org.prss.advisor.web.Questionnaire.TableSection;

/** The questionnaire's sections as the knowledge makes them, without the service. */
class QuestionnaireBuilderTest {

    private static KnowledgeBase withGuide(EvaluationGuide guide) {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        return new KnowledgeBase(
                kb.ruleSet(),
                kb.sources(),
                kb.domains(),
                kb.roleWorksheet(),
                kb.roleLanguage(),
                kb.dutyCorpus(),
                kb.dutyFrames(),
                kb.stateTable(),
                kb.funding(),
                kb.personalChecklist(),
                kb.intakeFields(),
                kb.thresholds(),
                kb.scoring(),
                kb.jobDescriptionSections(),
                guide,
                kb.declaredReadings());
    }

    private static Section section(Questionnaire questionnaire, String id) {
        return questionnaire.sections().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElse(null);
    }

    private static Stream<Question> questions(Questionnaire questionnaire) {
        return questionnaire.sections().stream().flatMap(s -> switchQuestions(s).stream());
    }

    private static List<Question> switchQuestions(Section section) {
        if (section instanceof ProgramSection p) {
            return p.questions();
        }
        if (section instanceof DomainSection d) {
            return d.questions();
        }
        return section instanceof RoleSection r ? r.questions() : List.of();
    }

    @Test
    void theMeasuresAreAskedOnceTheKnowledgeNamesOutcomeDomains() {
        assertNull(section(new QuestionnaireBuilder(withGuide(EvaluationGuide.EMPTY)).build(null), "measures"));
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        EvaluationGuide guide = kb.evaluationGuide();
        Questionnaire questionnaire = new QuestionnaireBuilder(kb).build(Setting.JAIL);
        TableSection measures = assertInstanceOf(TableSection.class, section(questionnaire, "measures"));
        assertEquals("facts.evaluation.measures", measures.path());
        assertEquals("The program tracks no measures yet", measures.none());
        List<String> keys = measures.columns().stream().map(Column::path).toList();
        assertEquals(
                List.of("outcomeDomain", "measure", "instrument", "dataSource", "frequency", "reviewedBy", "status"),
                keys);
        ChoiceColumn domain =
                assertInstanceOf(ChoiceColumn.class, measures.columns().get(0));
        assertTrue(domain.required());
        assertEquals(
                guide.outcomeDomains().get(0).name(), domain.choices().get(0).label());
        assertEquals(guide.outcomeDomains().size(), domain.choices().size());
        assertEquals(
                guide.instruments().get(0).id(), choices(measures, 2).get(0).value());
        assertEquals("Less often", choices(measures, 4).get(4).label());
        assertEquals("COLLECTING", choices(measures, 6).get(1).value());
        List<String> order = questionnaire.sections().stream().map(Section::id).toList();
        assertEquals(order.indexOf("role") + 1, order.indexOf("measures"), "after the role, before the waivers");
        assertEquals(order.size() - 1, order.indexOf("waivers"));
    }

    private static List<Questionnaire.Choice> choices(TableSection table, int column) {
        return assertInstanceOf(ChoiceColumn.class, table.columns().get(column)).choices();
    }

    @Test
    void aSectionPerDomainThatAsksSomethingInTheSetting() {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        Questionnaire community = new QuestionnaireBuilder(kb).build(Setting.COMMUNITY);
        assertNull(section(community, "INCARCERATED"), "nothing for incarcerated peers in the community");
        Questionnaire every = new QuestionnaireBuilder(kb).build(null);
        assertEquals(
                kb.domains().size(),
                every.sections().stream()
                        .filter(DomainSection.class::isInstance)
                        .count(),
                "every domain when no setting is chosen");
        ProgramSection program =
                assertInstanceOf(ProgramSection.class, every.sections().get(0));
        assertEquals("program", program.id());
        assertEquals("program.name", program.questions().get(0).path());
    }

    @Test
    void aNumberCarriesItsUnitAndRange() {
        Question caseload = questions(new QuestionnaireBuilder(TestAdvisor.get().knowledge()).build(Setting.JAIL))
                .filter(q -> "facts.caseloadPerPeer".equals(q.path()))
                .findFirst()
                .orElseThrow();
        IntegerFact integer = assertInstanceOf(IntegerFact.class, caseload);
        assertEquals("participants per peer", integer.unit());
        assertEquals(0.0, integer.minimum());
    }

    @Test
    void theJsonNamesEachKindAndKeepsOnlyWhatTheKindHas() {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        JsonNode json = new ObjectMapper().valueToTree(new QuestionnaireBuilder(kb).build(Setting.JAIL));
        JsonNode caseload = null;
        for (JsonNode section : json.get("sections")) {
            for (JsonNode q : section.path("questions")) {
                if (q.get("path").asText().equals("facts.caseloadPerPeer")) {
                    assertEquals("domain", section.get("kind").asText());
                    caseload = q;
                }
            }
        }
        assertEquals("integer", Objects.requireNonNull(caseload).get("kind").asText());
        assertEquals(
                kb.intakeFields().stream()
                        .filter(f -> f.path().equals("facts.caseloadPerPeer"))
                        .findFirst()
                        .orElseThrow()
                        .label(),
                caseload.get("label").asText(),
                "the fact's own parts sit beside the range");
        assertTrue(caseload.has("maximum"));
        assertTrue(caseload.path("choices").isMissingNode(), "a number has no choices");
        assertTrue(caseload.path("fact").isMissingNode(), "the fact's parts are not nested");
        JsonNode waivers = json.get("sections").get(json.get("sections").size() - 1);
        assertEquals("table", waivers.get("kind").asText());
        assertEquals("date", waivers.at("/columns/3/kind").asText());
        assertTrue(waivers.at("/columns/3/required").asBoolean());
    }

    @Test
    void theSectionsAndTheIntakeWorkbookGiveTheSameInstructions() {
        Questionnaire jail = new QuestionnaireBuilder(TestAdvisor.get().knowledge()).build(Setting.JAIL);
        assertTrue(
                ((ProgramSection) section(jail, "program")).about().endsWith(IntakeInstructions.BLANK),
                "what a blank means");
        DomainSection readiness = (DomainSection) section(jail, "READINESS");
        assertTrue(readiness.about().startsWith(IntakeInstructions.ANSWER), "how to answer");
        assertTrue(((RoleSection) section(jail, "role")).about().startsWith(IntakeInstructions.ROLE));
        assertEquals(IntakeInstructions.MEASURES, ((TableSection) section(jail, "measures")).about());
        assertEquals(IntakeInstructions.WAIVERS, ((TableSection) section(jail, "waivers")).about());
        assertEquals(IntakeInstructions.scope(Setting.JAIL), jail.scope());
    }

    @Test
    void theWorksheetIsCitedAsItsActivitiesCiteIt() {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        RoleSection role = (RoleSection) section(new QuestionnaireBuilder(kb).build(null), "role");
        Citation first = kb.roleWorksheet().activities().get(0).worksheet();
        assertEquals(first.source(), role.worksheet().source());
        assertTrue(
                first.section().startsWith(role.worksheet().section() + ","),
                role.worksheet().section());
        assertEquals(
                new Citation("Toolkit", "Appendix C", null),
                QuestionnaireBuilder.worksheet(List.of(
                        new Citation("Toolkit", "Appendix C, Engagement", "line 1"),
                        new Citation("Toolkit", "Appendix C, Services", "line 9"))),
                "the head the sections share");
        assertNull(
                QuestionnaireBuilder.worksheet(List.of(
                        new Citation("Toolkit", "Appendix C", "line 1"), new Citation("Guide", "Table 2", "line 9"))),
                "no single source");
    }

    @Test
    void valuesReadAsWords() {
        assertEquals("Partner organization", Questionnaire.Choice.words("PARTNER_ORGANIZATION"));
        assertEquals("CCBHC", Questionnaire.Choice.words("CCBHC"), "an abbreviation stays as it is");
        assertEquals("Weekly", Questionnaire.Choice.words("WEEKLY"));
    }
}
