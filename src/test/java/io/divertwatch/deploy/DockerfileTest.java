package io.divertwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * No Docker engine and no Dockerfile linter exist on the build machines, so the image's contract is
 * checked here, instruction by instruction (line continuations joined).
 */
class DockerfileTest {

    private static List<String> instructions() throws IOException {
        String text = Files.readString(Path.of("Dockerfile")).replaceAll("\\\\\\n\\s*", " ");
        return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    private static List<String> finalStage(List<String> instructions) {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).startsWith("FROM ")) {
                last = i;
            }
        }
        return instructions.subList(last, instructions.size());
    }

    @Test
    void multiStageBuildOfThePostgresqlServiceOnASlimJava17Runtime() throws IOException {
        List<String> all = instructions();
        assertThat(all.stream().filter(l -> l.startsWith("FROM "))).hasSize(2);
        assertThat(all.get(0)).matches("FROM eclipse-temurin:17-jdk AS build");
        assertThat(all).anyMatch(l -> l.startsWith("RUN ./mvnw") && l.contains("package") && l.contains("-Dquarkus.profile=postgres"));
        List<String> runtime = finalStage(all);
        assertThat(runtime.get(0)).isEqualTo("FROM eclipse-temurin:17-jre");
        assertThat(runtime).anyMatch(l -> l.startsWith("ENV ") && l.contains("QUARKUS_PROFILE=postgres"));
    }

    @Test
    void runsTheFastJarAsANonRootUserWithContainerAwareMemoryAndAHealthCheck() throws IOException {
        List<String> runtime = finalStage(instructions());
        for (String dir : List.of("lib/", "app/", "quarkus/")) {
            assertThat(runtime).anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("/quarkus-app/" + dir));
        }
        assertThat(runtime).anyMatch(l -> l.startsWith("COPY --from=build") && l.contains("/quarkus-app/*.jar"));
        String user = runtime.stream().filter(l -> l.startsWith("USER ")).reduce((a, b) -> b).orElseThrow();
        assertThat(user).matches("USER [1-9][0-9]{3,}(:[1-9][0-9]{3,})?");
        assertThat(runtime).anyMatch(l -> l.contains("-XX:MaxRAMPercentage="));
        assertThat(runtime).anyMatch(l -> l.startsWith("HEALTHCHECK ") && l.contains("/q/health/live"));
        assertThat(runtime).anyMatch(l -> l.equals("EXPOSE 8080"));
        String entrypoint = runtime.stream().filter(l -> l.startsWith("ENTRYPOINT ")).findFirst().orElseThrow();
        assertThat(entrypoint).startsWith("ENTRYPOINT [").contains("exec java").contains("/deployments/quarkus-run.jar");
    }

    @Test
    void noSecretsAndNoUnpinnedBaseImages() throws IOException {
        List<String> all = instructions();
        Pattern secret = Pattern.compile("(?i)(PASSWORD|SECRET|ADMIN_KEY|TOKEN)\\s*=");
        assertThat(all).filteredOn(l -> l.startsWith("ENV ") || l.startsWith("ARG ")).noneMatch(l -> secret.matcher(l).find());
        assertThat(all).filteredOn(l -> l.startsWith("FROM ")).noneMatch(l -> l.contains(":latest") || !l.contains(":"));
    }
}
