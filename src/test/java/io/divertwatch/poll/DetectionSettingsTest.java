package io.divertwatch.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.detect.DetectionConfig;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

/**
 * The quality evaluation measures {@link DetectionConfig#DEFAULT}; the service runs on the
 * {@code divertwatch.detection.*} defaults. They must be the same numbers, or the reported figures
 * would describe a configuration nobody runs.
 */
@QuarkusTest
class DetectionSettingsTest {

    @Inject
    DetectionSettings settings;

    @Test
    void configuredDefaultsAreTheEvaluatedOnes() {
        assertThat(settings.toConfig()).isEqualTo(DetectionConfig.DEFAULT);
    }
}
