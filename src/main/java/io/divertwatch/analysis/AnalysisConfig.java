package io.divertwatch.analysis;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code divertwatch.analysis.*}: the backtest endpoint's share of the machine. */
@ConfigMapping(prefix = "divertwatch.analysis")
public interface AnalysisConfig {

    /** Analyses that may run at once; more are answered 503 with a problem document. */
    @WithDefault("4")
    int maxConcurrent();
}
