package org.prss.advisor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.prss.advisor.Advisor;
import org.prss.advisor.TestAdvisor;
import org.prss.advisor.assessment.Assessment;
import org.prss.advisor.assessment.DomainScore;
import org.prss.advisor.assessment.Finding;
import org.prss.advisor.input.DescriptionGenerator;
import org.prss.advisor.input.Submission;
import org.prss.advisor.knowledge.ChecklistItem;
import org.prss.advisor.model.Citation;
import org.prss.advisor.report.AssessmentJson;

/** Properties every assessment of any valid description keeps, over generated descriptions. */
class AssessmentPropertiesTest {

    private static final Advisor ADVISOR = TestAdvisor.get();
    private static final JsonSchema OUTPUT_SCHEMA = outputSchema();

    private static JsonSchema outputSchema() {
        try (InputStream in = AssessmentPropertiesTest.class.getResourceAsStream("/schema/assessment.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Submission generated(long seed) throws Exception {
        JsonNode description = new DescriptionGenerator(ADVISOR.knowledge(), seed).next();
        return ADVISOR.reader().read("generated-" + seed, description.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 60)
    void everyItemYieldsExactlyOneFindingInKnowledgeBaseOrder(@ForAll long seed) throws Exception {
        Assessment a = ADVISOR.assess(generated(seed), TestAdvisor.AS_OF);
        assertEquals(
                ADVISOR.knowledge().items().stream().map(ChecklistItem::id).toList(),
                a.findings().stream().map(Finding::id).toList());
    }

    @Property(tries = 60)
    void everyFindingCitesARegisteredSourceAndScoresStayInBounds(@ForAll long seed) throws Exception {
        Assessment a = ADVISOR.assess(generated(seed), TestAdvisor.AS_OF);
        for (Finding f : a.findings()) {
            assertTrue(!f.citations().isEmpty(), f.id());
            for (Citation c : f.citations()) {
                assertTrue(ADVISOR.knowledge().sources().containsKey(c.source()), f.id() + " cites " + c.source());
            }
            assertTrue(f.decidedBy() != null && !f.rationale().isBlank(), f.id());
        }
        for (DomainScore d : a.scores().domains()) {
            assertTrue(d.score() == null || (d.score() >= 0 && d.score() <= 100), d.toString());
        }
        assertTrue(a.scores().overall() == null
                || (a.scores().overall() >= 0 && a.scores().overall() <= 100));
        assertEquals(
                a.duties().size(),
                a.duties().stream().map(r -> r.duty().index()).distinct().count(),
                "one verdict per duty");
    }

    @Property(tries = 40)
    void theJsonOutputValidatesAndTheSameInputGivesTheSameOutput(@ForAll long seed) throws Exception {
        Submission s = generated(seed);
        String first = AssessmentJson.toJson(ADVISOR.assess(s, TestAdvisor.AS_OF));
        String second = AssessmentJson.toJson(ADVISOR.assess(generated(seed), TestAdvisor.AS_OF));
        assertEquals(first, second);
        var errors = OUTPUT_SCHEMA.validate(new ObjectMapper().readTree(first));
        assertTrue(errors.isEmpty(), errors.toString());
        List<String> open = ADVISOR.assess(s, TestAdvisor.AS_OF).actionPlan().stream()
                .map(i -> i.findingId())
                .toList();
        assertEquals(open.size(), open.stream().distinct().count(), "each open finding once in the plan");
    }
}
