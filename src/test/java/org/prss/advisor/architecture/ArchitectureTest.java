package org.prss.advisor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prss.advisor.architecture.loop.first.Caller;
import org.prss.advisor.architecture.loop.second.Callee;
import org.prss.advisor.cli.AdvisorCli;
import org.prss.advisor.model.upward.ModelUsingCli;

/**
 * The advisor's layering, which the build enforces. From the bottom:
 *
 * <ol>
 *   <li><b>Base</b> ({@code model}, {@code text}, {@code files}): the program description and plain text and path
 *       helpers; they know nothing else of the advisor.
 *   <li><b>Knowledge</b>: the guidance loaded from checklists/ and rules/.
 *   <li><b>Readers</b> ({@code input}, {@code role}, {@code team}): turn what a user gives (a description, an intake
 *       workbook, a job description's duty lines, several respondents' answers) into facts.
 *   <li><b>Engine</b>: the Drools session over those facts.
 *   <li><b>Assessment</b> ({@code assessment}, {@code lint}): findings, scores and verdicts; checks of the knowledge.
 *   <li><b>Facade</b> ({@code org.prss.advisor.Advisor}): the loaded advisor the commands and the service hold.
 *   <li><b>Report</b>: the workbook and JSON writers and their sheet kit.
 *   <li><b>Features</b> ({@code batch}, {@code compare}, {@code roleeval}, {@code scenario}): side by side, none
 *       using another.
 *   <li><b>Applications</b>: {@code web} (the service), {@code bench} (which measures the service too) and {@code cli},
 *       which may use everything.
 * </ol>
 *
 * The rules read the production classes only; the rule classes Drools generates at build time are left out.
 */
class ArchitectureTest {

    static final String ROOT = "org.prss.advisor";

    private static final List<String> FEATURES = List.of("batch", "compare", "roleeval", "scenario");

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(new WithoutGeneratedRules())
                .importPackages(ROOT);
    }

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Base")
            .definedBy(packages("model", "text", "files"))
            .layer("Knowledge")
            .definedBy(packages("knowledge"))
            .layer("Readers")
            .definedBy(packages("input", "role", "team"))
            .layer("Engine")
            .definedBy(packages("engine"))
            .layer("Assessment")
            .definedBy(packages("assessment", "lint"))
            .layer("Facade")
            .definedBy(ROOT)
            .layer("Report")
            .definedBy(packages("report"))
            .layer("Features")
            .definedBy(packages(FEATURES.toArray(String[]::new)))
            .layer("Service")
            .definedBy(packages("web"))
            .layer("Bench")
            .definedBy(packages("bench"))
            .layer("Cli")
            .definedBy(packages("cli"))
            .whereLayer("Base")
            .mayNotAccessAnyLayer()
            .whereLayer("Knowledge")
            .mayOnlyAccessLayers("Base")
            .whereLayer("Readers")
            .mayOnlyAccessLayers("Base", "Knowledge")
            .whereLayer("Engine")
            .mayOnlyAccessLayers("Base", "Knowledge", "Readers")
            .whereLayer("Assessment")
            .mayOnlyAccessLayers("Base", "Knowledge", "Readers", "Engine")
            .whereLayer("Facade")
            .mayOnlyAccessLayers("Base", "Knowledge", "Readers", "Engine", "Assessment")
            .whereLayer("Report")
            .mayOnlyAccessLayers("Base", "Knowledge", "Readers", "Engine", "Assessment")
            .whereLayer("Features")
            .mayOnlyAccessLayers("Base", "Knowledge", "Readers", "Engine", "Assessment", "Facade", "Report")
            .whereLayer("Service")
            .mayOnlyAccessLayers("Base", "Knowledge", "Readers", "Engine", "Assessment", "Facade", "Report")
            .whereLayer("Bench")
            .mayOnlyAccessLayers(
                    "Base", "Knowledge", "Readers", "Engine", "Assessment", "Facade", "Report", "Features", "Service")
            .whereLayer("Cli")
            .mayNotBeAccessedByAnyLayer();

    static final ArchRule FEATURES_SIDE_BY_SIDE = CompositeArchRule.of(FEATURES.stream()
                    .map(feature -> noClasses()
                            .that()
                            .resideInAPackage(ROOT + "." + feature + "..")
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(packages(FEATURES.stream()
                                    .filter(other -> !other.equals(feature))
                                    .toArray(String[]::new))))
                    .map(ArchRule.class::cast)
                    .toList())
            .as("features (" + String.join(", ", FEATURES) + ") do not use one another");

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        LAYERS.check(production);
    }

    @Test
    void noTwoPackagesUseEachOther() {
        noPackageCycles(ROOT).check(production);
    }

    @Test
    void featuresDoNotUseOneAnother() {
        FEATURES_SIDE_BY_SIDE.check(production);
    }

    @Test
    void aCycleMadeOnPurposeIsCaught() {
        JavaClasses loop = new ClassFileImporter().importClasses(Caller.class, Callee.class);
        AssertionError refused = assertThrows(
                AssertionError.class,
                () -> noPackageCycles(ROOT + ".architecture.loop").check(loop));
        assertTrue(
                refused.getMessage()
                        .replaceAll("\\s+", " ")
                        .contains("Cycle detected: Slice first -> Slice second -> Slice first"),
                refused.getMessage());
    }

    @Test
    void aModelClassUsingTheCommandLineIsCaught() {
        JavaClasses upward = new ClassFileImporter().importClasses(ModelUsingCli.class, AdvisorCli.class);
        AssertionError refused = assertThrows(AssertionError.class, () -> LAYERS.check(upward));
        assertTrue(
                refused.getMessage().contains("ModelUsingCli")
                        && refused.getMessage().contains("AdvisorCli"),
                refused.getMessage());
    }

    /** No two packages below {@code root} use each other, directly or around a longer loop. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    private static String[] packages(String... names) {
        return Arrays.stream(names).map(n -> ROOT + "." + n + "..").toArray(String[]::new);
    }

    /** The rule classes Drools compiles from rules/ into the build output at build time. */
    static final class WithoutGeneratedRules implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("/org/prss/advisor/rules/");
        }
    }
}
