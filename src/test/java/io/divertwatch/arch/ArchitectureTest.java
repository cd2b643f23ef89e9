package io.divertwatch.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The shape a newcomer can rely on: features that do not lean on each other in circles, and a
 * detection core, aircraft and maritime, that is plain Java (deterministic, unit-testable, benchmarkable).
 */
@AnalyzeClasses(packages = "io.divertwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] CORE = { "io.divertwatch.geo..", "io.divertwatch.track..",
            "io.divertwatch.detect..", "io.divertwatch.ais..", "io.divertwatch.sea.." };

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("io.divertwatch.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("io.divertwatch.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreDependsOnlyOnItselfAndTheJdk = classes().that().resideInAnyPackage(CORE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.divertwatch.geo..", "io.divertwatch.track..", "io.divertwatch.detect..", "io.divertwatch.ais..",
                    "io.divertwatch.sea..", "java..");

    @ArchTest
    static final ArchRule coreReadsNoWallClock = noClasses().that().resideInAnyPackage(CORE)
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");
}
