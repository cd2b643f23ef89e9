package io.divertwatch.detect;

import java.util.Locale;

public enum Severity {
    INFO, WARNING, CRITICAL;

    /** The contract's spelling: {@code info}, {@code warning}, {@code critical}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
