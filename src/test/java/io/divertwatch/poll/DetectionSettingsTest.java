package io.divertwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.DetectionConfig;
import io.divertwatch.support.DocumentedSettings;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The detection thresholds have one set of defaults ({@link DetectionConfig.Builder}); the table in
 * docs/detection.md must say what they are, and every key must reach the configuration it names.
 */
class DetectionSettingsTest {

    private static final Path DOCS = Path.of("docs", "detection.md");

    @Test
    void everyKeyIsDocumentedWithTheDefaultTheEngineUses() throws IOException {
        Map<String, String> documented = DocumentedSettings.table(DOCS, "## Configuration", null);
        assertThat(documented.keySet()).as("keys documented in " + DOCS).containsExactlyInAnyOrder(
                DocumentedSettings.keys(DetectionSettings.class));

        for (Map.Entry<String, String> row : documented.entrySet()) {
            DetectionConfig configured = settings(Map.of(row.getKey(), row.getValue())).toConfig();
            assertThat(configured).as("%s set to its documented default %s", row.getKey(), row.getValue())
                    .isEqualTo(DetectionConfig.defaults());
        }
    }

    @Test
    void unsetKeysKeepTheDefaultsAndSetOnesOverrideThem() {
        assertThat(settings(Map.of()).toConfig()).isEqualTo(DetectionConfig.defaults());

        DetectionConfig overridden = settings(Map.of("persistence", "3m", "no-progress-ratio", "0.5",
                "contested-jump-km", "80", "track-retention", "2h")).toConfig();

        assertThat(overridden).isEqualTo(DetectionConfig.defaults().toBuilder().persistenceSeconds(180)
                .noProgressRatio(0.5).trackLimits(DetectionConfig.defaults().trackLimits().withContestedJumpKm(80)
                        .withRetentionSeconds(7200)).build());
    }

    private static DetectionSettings settings(Map<String, String> values) {
        Map<String, String> prefixed = new LinkedHashMap<>();
        values.forEach((key, value) -> prefixed.put("divertwatch.detection." + key, value));
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(DetectionSettings.class)
                .withConverter(Duration.class, 200, new DurationConverter()).withDefaultValues(prefixed).build();
        return config.getConfigMapping(DetectionSettings.class);
    }
}
