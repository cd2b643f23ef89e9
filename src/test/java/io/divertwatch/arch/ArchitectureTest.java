package io.divertwatch.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The detection core stays plain Java: deterministic, unit-testable, benchmarkable. */
@AnalyzeClasses(packages = "io.divertwatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoFrameworkTypes = noClasses()
            .that().resideInAnyPackage("io.divertwatch.geo..", "io.divertwatch.track..", "io.divertwatch.detect..")
            .should().dependOnClassesThat().resideInAnyPackage("io.quarkus..", "jakarta..", "javax.persistence..",
                    "org.hibernate..", "io.smallrye..", "com.fasterxml..", "io.micrometer..");

    @ArchTest
    static final ArchRule coreReadsNoWallClock = noClasses()
            .that().resideInAnyPackage("io.divertwatch.geo..", "io.divertwatch.track..", "io.divertwatch.detect..")
            .should().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis");
}
