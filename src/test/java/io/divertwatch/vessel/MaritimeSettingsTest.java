package io.divertwatch.vessel;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.sea.MaritimeConfig;
import io.divertwatch.support.DocumentedSettings;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The maritime thresholds have one set of defaults ({@link MaritimeConfig.Builder}); the table in
 * docs/maritime.md must say what they are, and every key must reach the threshold it names.
 */
class MaritimeSettingsTest {

    private static final Path DOCS = Path.of("docs", "maritime.md");

    @Test
    void everyKeyIsDocumentedWithTheDefaultTheRulesUse() throws IOException {
        Map<String, String> documented = DocumentedSettings.table(DOCS, "### Configuration", "## Quality");
        assertThat(documented.keySet()).as("keys documented in " + DOCS).containsExactlyInAnyOrder(
                DocumentedSettings.keys(MaritimeSettings.class));

        for (Map.Entry<String, String> row : documented.entrySet()) {
            assertThat(settings(Map.of(row.getKey(), row.getValue())).toConfig())
                    .as("%s set to its documented default %s", row.getKey(), row.getValue())
                    .isEqualTo(MaritimeConfig.defaults());
        }
    }

    @Test
    void unsetKeysKeepTheDefaultsAndSetOnesOverrideThem() {
        assertThat(settings(Map.of()).toConfig()).isEqualTo(MaritimeConfig.defaults());
        assertThat(settings(Map.of("gap-hours", "12", "stop-below-kn", "0.2")).toConfig())
                .isEqualTo(MaritimeConfig.builder().gapHours(12).stopBelowKn(0.2).build());
    }

    private static MaritimeSettings settings(Map<String, String> values) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        values.forEach((key, value) -> prefixed.put("divertwatch.maritime.detection." + key, value));
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(MaritimeSettings.class)
                .withDefaultValues(prefixed).build();
        return config.getConfigMapping(MaritimeSettings.class);
    }
}
