package io.divertwatch.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared reference data ({@code ../shared/data}, see its README). It is never part of the
 * repository: tests that need it skip with a message when it is absent. CI always has it.
 */
public final class SharedData {

    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("divertwatch.shared-data", "../shared/data")).toAbsolutePath().normalize();
    }

    /** The path below the data root, or a skipped test when it is not there. */
    public static Path require(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "shared data not found at " + p + " — skipping (see ../shared/data/README.md)");
        return p;
    }

    public static boolean present(String relative) {
        return Files.exists(root().resolve(relative));
    }
}
