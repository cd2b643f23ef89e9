package io.divertwatch.support;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A settings table of the docs ({@code | `key` | `default` | …}) and the keys a config mapping declares. */
public final class DocumentedSettings {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| `([^`]+)` \\|", Pattern.MULTILINE);

    private DocumentedSettings() {
    }

    /** Key and documented default of each row after the heading {@code from} (up to {@code to}, when given). */
    public static Map<String, String> table(Path doc, String from, String to) throws IOException {
        String text = Files.readString(doc);
        int start = text.indexOf(from);
        String section = to == null ? text.substring(start) : text.substring(start, text.indexOf(to, start));
        Map<String, String> rows = new LinkedHashMap<>();
        Matcher m = ROW.matcher(section);
        while (m.find()) {
            rows.put(m.group(1), m.group(2));
        }
        return rows;
    }

    /** The keys a {@code @ConfigMapping} interface declares, in the kebab case they are configured by. */
    public static String[] keys(Class<?> mapping) {
        return Arrays.stream(mapping.getDeclaredMethods())
                .filter(method -> !method.isDefault() && !method.isSynthetic() && !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName).map(name -> name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase())
                .toArray(String[]::new);
    }
}
