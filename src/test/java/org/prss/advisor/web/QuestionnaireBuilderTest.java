package org.prss.advisor.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.knowledge.EvaluationGuide;
import org.prss.advisor.knowledge.KnowledgeBase;
import org.prss.advisor.model.Setting;
import org.prss.advisor.web.Questionnaire.Question;
import org.prss.advisor.web.Questionnaire.Section;

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

    @Test
    void theMeasuresAreAskedOnceTheKnowledgeNamesOutcomeDomains() {
        assertEquals(null, section(new QuestionnaireBuilder(withGuide(EvaluationGuide.EMPTY)).build(null), "measures"));
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        EvaluationGuide guide = kb.evaluationGuide();
        Questionnaire questionnaire = new QuestionnaireBuilder(kb).build(Setting.JAIL);
        Section measures = section(questionnaire, "measures");
        assertEquals("table", measures.kind());
        assertEquals("facts.evaluation.measures", measures.path());
        assertEquals("The program tracks no measures yet", measures.none());
        List<String> keys = measures.columns().stream().map(Question::path).toList();
        assertEquals(
                List.of("outcomeDomain", "measure", "instrument", "dataSource", "frequency", "reviewedBy", "status"),
                keys);
        Question domain = measures.columns().get(0);
        assertEquals("choice", domain.kind());
        assertTrue(domain.required());
        assertEquals(
                guide.outcomeDomains().get(0).name(), domain.choices().get(0).label());
        assertEquals(guide.outcomeDomains().size(), domain.choices().size());
        assertEquals(
                guide.instruments().get(0).id(),
                measures.columns().get(2).choices().get(0).value());
        assertEquals("Less often", measures.columns().get(4).choices().get(4).label());
        assertEquals("COLLECTING", measures.columns().get(6).choices().get(1).value());
        List<String> order = questionnaire.sections().stream().map(Section::id).toList();
        assertEquals(order.indexOf("role") + 1, order.indexOf("measures"), "after the role, before the waivers");
        assertEquals(order.size() - 1, order.indexOf("waivers"));
    }

    @Test
    void aSectionPerDomainThatAsksSomethingInTheSetting() {
        KnowledgeBase kb = TestAdvisor.get().knowledge();
        Questionnaire community = new QuestionnaireBuilder(kb).build(Setting.COMMUNITY);
        assertEquals(null, section(community, "INCARCERATED"), "nothing for incarcerated peers in the community");
        Questionnaire every = new QuestionnaireBuilder(kb).build(null);
        assertEquals(
                kb.domains().size(),
                every.sections().stream().filter(s -> s.kind().equals("domain")).count(),
                "every domain when no setting is chosen");
        assertEquals("program", every.sections().get(0).id());
        assertEquals("program.name", every.sections().get(0).questions().get(0).path());
    }

    @Test
    void aNumberCarriesItsUnitAndRange() {
        Question caseload = new QuestionnaireBuilder(TestAdvisor.get().knowledge())
                .build(Setting.JAIL).sections().stream()
                        .flatMap(s -> s.questions() == null ? java.util.stream.Stream.empty() : s.questions().stream())
                        .filter(q -> "facts.caseloadPerPeer".equals(q.path()))
                        .findFirst()
                        .orElseThrow();
        assertEquals("integer", caseload.kind());
        assertEquals("participants per peer", caseload.unit());
        assertEquals(0.0, caseload.minimum());
    }

    @Test
    void valuesReadAsWords() {
        assertEquals("Partner organization", QuestionnaireBuilder.words("PARTNER_ORGANIZATION"));
        assertEquals("CCBHC", QuestionnaireBuilder.words("CCBHC"), "an abbreviation stays as it is");
        assertEquals("Weekly", QuestionnaireBuilder.words("WEEKLY"));
    }
}
