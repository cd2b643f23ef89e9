package io.divertwatch.deploy;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Prometheus's own checker, run as a process; CI installs it (Debian package prometheus). */
final class Promtool {

    static final Path RULES = Path.of("k8s", "base", "prometheusrule.yaml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Promtool() {
    }

    /** Skips the calling test where promtool is missing, except on CI, where that is a fault. */
    static void assumeInstalled() {
        assumeTrue(installed() || System.getenv("CI") != null, "promtool not installed (CI installs it)");
    }

    /** The PrometheusRule's groups as a plain rule file, which is what promtool reads. */
    static void writeRuleFile(Path file) throws IOException {
        JsonNode rule = YAML.readTree(RULES.toFile());
        YAML.writeValue(file.toFile(), Map.of("groups", rule.path("spec").path("groups")));
    }

    static JsonNode readYaml(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    /** Runs promtool with the arguments (and {@code stdin}, when not null); prints its output; its exit code. */
    static int run(Path stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(60, TimeUnit.SECONDS);
        System.out.println("promtool " + String.join(" ", args) + ":\n" + output);
        return process.exitValue();
    }

    private static boolean installed() {
        try {
            return new ProcessBuilder("promtool", "--version").start().waitFor(20, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
