package io.divertwatch.support;

import java.util.Random;

/**
 * Property tests as plain JUnit 5: a property is checked a fixed number of times on values drawn
 * from a fixed seed, so every run checks the same cases and a failure names the seed and the try
 * to replay it with.
 */
public final class Seeded {

    /** One try's source of values. */
    public static final class Draw {

        private final Random random;

        private Draw(long seed) {
            this.random = new Random(seed);
        }

        /** A double in [min, max). */
        public double between(double min, double max) {
            return min + random.nextDouble() * (max - min);
        }

        /** A long in [min, max]. */
        public long between(long min, long max) {
            return min + (long) Math.floor(random.nextDouble() * (max - min + 1));
        }

        /** An int in [min, max]. */
        public int between(int min, int max) {
            return min + random.nextInt(max - min + 1);
        }

        public boolean bool() {
            return random.nextBoolean();
        }

        public long anyLong() {
            return random.nextLong();
        }
    }

    @FunctionalInterface
    public interface Property {
        void check(Draw draw) throws Exception;
    }

    private Seeded() {
    }

    /**
     * Checks {@code property} {@code tries} times; try {@code i} draws from seed {@code seed + i}.
     *
     * @throws AssertionError naming the seed and the try of the first failure
     */
    public static void forAll(long seed, int tries, Property property) {
        for (int i = 0; i < tries; i++) {
            try {
                property.check(new Draw(seed + i));
            } catch (Exception | AssertionError e) {
                throw new AssertionError("property failed on try " + (i + 1) + " of " + tries + " (seed " + seed
                        + ", replay with seed " + (seed + i) + "): " + e.getMessage(), e);
            }
        }
    }
}
