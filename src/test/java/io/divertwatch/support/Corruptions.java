package io.divertwatch.support;

import java.util.Random;
import java.util.function.Consumer;

/** Randomly damaged copies of a valid document, for parser fuzz tests (seeded: failures reproduce). */
public final class Corruptions {

    private static final String JSON_DEBRIS = "\",[]{}:-e9null~";

    private Corruptions() {
    }

    /** Feeds {@code count} copies of {@code valid}, each with 1 to 4 characters deleted, inserted or replaced. */
    public static void of(String valid, long seed, int count, Consumer<String> parse) {
        Random random = new Random(seed);
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder(valid);
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(3)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, JSON_DEBRIS.charAt(random.nextInt(JSON_DEBRIS.length())));
                    default -> s.setCharAt(at, (char) (32 + random.nextInt(95)));
                }
            }
            parse.accept(s.toString());
        }
    }
}
