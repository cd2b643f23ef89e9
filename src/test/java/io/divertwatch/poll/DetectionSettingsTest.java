package io.divertwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.DetectionConfig;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The detection thresholds have one set of defaults ({@link DetectionConfig.Builder}); the table in
 * docs/detection.md must say what they are, and every key must reach the configuration it names.
 */
class DetectionSettingsTest {

    private static final Path DOCS = Path.of("docs", "detection.md");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `([^`]+)` \\|", Pattern.MULTILINE);

    @Test
    void everyKeyIsDocumentedWithTheDefaultTheEngineUses() throws IOException {
        Map<String, String> documented = documentedDefaults();
        assertThat(documented.keySet()).as("keys documented in " + DOCS).containsExactlyInAnyOrder(keys());

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

    private static Map<String, String> documentedDefaults() throws IOException {
        String docs = Files.readString(DOCS);
        String table = docs.substring(docs.indexOf("## Configuration"));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(table);
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    /** The keys {@link DetectionSettings} declares, in the kebab case they are configured by. */
    private static String[] keys() {
        return Arrays.stream(DetectionSettings.class.getDeclaredMethods()).filter(method -> !method.isDefault() && !method.isSynthetic()
                && !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName).map(name -> name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase())
                .toArray(String[]::new);
    }
}
