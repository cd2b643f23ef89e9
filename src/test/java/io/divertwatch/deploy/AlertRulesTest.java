package io.divertwatch.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alert rules of {@code k8s/base/prometheusrule.yaml} do what their comments say: Prometheus's own
 * rule evaluator ({@code promtool test rules}) plays series through them
 * ({@code src/test/resources/deploy/alert-rules-tests.yaml}) and checks when each fires and when it
 * must stay quiet.
 */
class AlertRulesTest {

    private static final Path CASES = Path.of("src", "test", "resources", "deploy", "alert-rules-tests.yaml");

    @Test
    void everyRuleFiresWhenItShouldAndOnlyThen(@TempDir Path dir) throws Exception {
        Promtool.assumeInstalled();
        Promtool.writeRuleFile(dir.resolve("divertwatch-rules.yaml"));
        Files.copy(CASES, dir.resolve("alert-rules-tests.yaml"));
        assertThat(Promtool.run(null, "test", "rules", dir.resolve("alert-rules-tests.yaml").toString()))
                .as("promtool test rules").isZero();
    }

    @Test
    void everyRuleHasACaseWhereItFiresAndOneWhereItMustNot() throws IOException {
        Set<String> rules = new TreeSet<>();
        Promtool.readYaml(Promtool.RULES).path("spec").path("groups")
                .forEach(g -> g.path("rules").forEach(r -> rules.add(r.path("alert").asText())));
        Set<String> firing = new TreeSet<>();
        Set<String> quiet = new TreeSet<>();
        for (JsonNode test : Promtool.readYaml(CASES).path("tests")) {
            for (JsonNode check : test.path("alert_rule_test")) {
                (check.path("exp_alerts").isEmpty() ? quiet : firing).add(check.path("alertname").asText());
            }
        }
        assertThat(rules).hasSizeGreaterThanOrEqualTo(9);
        assertThat(firing).as("alerts with a case where they fire").containsAll(rules);
        assertThat(quiet).as("alerts with a case where they must not fire").containsAll(rules);
    }
}
