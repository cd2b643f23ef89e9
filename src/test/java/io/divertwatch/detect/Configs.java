package io.divertwatch.detect;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/** Variants of a {@link DetectionConfig} for tests of a single threshold. */
final class Configs {

    private Configs() {
    }

    /** {@code base} with the numeric component named {@code name} multiplied by {@code factor} (rounded if whole). */
    static DetectionConfig scaled(DetectionConfig base, String name, double factor) {
        RecordComponent component = Arrays.stream(DetectionConfig.class.getRecordComponents())
                .filter(c -> c.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("DetectionConfig has no " + name));
        try {
            double value = ((Number) component.getAccessor().invoke(base)).doubleValue() * factor;
            Class<?> type = component.getType();
            return with(base, name, type == long.class ? (Object) Math.round(value)
                    : type == int.class ? (Object) (int) Math.round(value) : (Object) value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code base} with the component named {@code name} set to {@code value}. */
    static DetectionConfig with(DetectionConfig base, String name, Object value) {
        RecordComponent[] components = DetectionConfig.class.getRecordComponents();
        if (Arrays.stream(components).noneMatch(c -> c.getName().equals(name))) {
            throw new IllegalArgumentException("DetectionConfig has no " + name);
        }
        try {
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(base);
            }
            return DetectionConfig.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
