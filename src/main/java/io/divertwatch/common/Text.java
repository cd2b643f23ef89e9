package io.divertwatch.common;

/** Text that came from outside: whether it is plain, and how it may be logged. */
public final class Text {

    private static final int LOGGED_LENGTH = 200;

    private Text() {
    }

    /** No control characters, line or paragraph separators, or unpaired surrogates (see {@link PlainText}). */
    public static boolean isPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** A 400 naming {@code field} unless the value is null or plain. */
    public static String requirePlain(String value, String field) {
        if (value != null && !isPlain(value)) {
            throw ApiException.badRequest(field + " must not contain control characters, line breaks or unpaired"
                    + " surrogates");
        }
        return value;
    }

    /** The value cut to {@code max} characters, the last one an ellipsis when it was longer; null stays null. */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    /**
     * The value as a log line may show it: quoted, control characters and separators escaped (so it
     * cannot start a line of its own), cut at 200 characters; {@code null} for none.
     */
    public static String forLog(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), LOGGED_LENGTH) + 2).append('"');
        for (int i = 0; i < value.length() && i < LOGGED_LENGTH; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) || c == '"'
                    || c == '\\') {
                out.append(c == '"' || c == '\\' ? "\\" + c : String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append(value.length() > LOGGED_LENGTH ? "\"…" : "\"").toString();
    }
}
