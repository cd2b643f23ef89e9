package io.divertwatch.identity;

import java.util.Locale;

/**
 * How identifiers compare when analysts, registers and lists spell them differently: registrations
 * and serial numbers ignore case and punctuation ("RA-76592" is "ra76592"), operators ignore case,
 * punctuation and legal-form noise, type designators ignore case and hyphens ("IL-76TD" begins with
 * "IL76").
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** Letters and digits only, upper case: the key registrations, serial numbers and types compare by. */
    public static String key(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /** An operator's name as words: upper case, punctuation gone, single spaces. */
    public static String operatorWords(String value) {
        if (value == null) {
            return "";
        }
        String words = value.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        return " " + words + " ";
    }

    /**
     * Whether an operator named in a watch (a name or an ICAO code) is the register's: the same words,
     * or the watch's words standing whole inside the register's name when they are specific enough
     * (two words or more, or six letters or more: "224TH FLIGHT UNIT" in "JSC 224TH FLIGHT UNIT STATE
     * AIRLINES", but not "AIR" in every airline).
     */
    public static boolean operatorMatches(String wanted, String operatorName, String operatorIcao) {
        String key = key(wanted);
        if (key.isEmpty()) {
            return false;
        }
        if (operatorIcao != null && key.equals(key(operatorIcao))) {
            return true;
        }
        String want = operatorWords(wanted);
        String have = operatorWords(operatorName);
        if (want.equals(have)) {
            return true;
        }
        boolean specific = want.trim().contains(" ") || key.length() >= 6;
        return specific && have.contains(want);
    }

    /**
     * Whether a type as a list names it ("IL-76TD", "Ilyushin IL-76") and a register's ICAO type
     * designator ("IL76") are the same type: the designator's key begins the name's key (or stands in
     * it after a manufacturer's name) and is followed by a letter or nothing, so that a variant suffix
     * ("TD") matches and another number does not ("AN12" is not "AN-124").
     */
    public static boolean typeMatches(String named, String designator) {
        String name = key(named);
        String code = key(designator);
        if (name.isEmpty() || code.length() < 2) {
            return false;
        }
        for (int at = name.indexOf(code); at >= 0; at = name.indexOf(code, at + 1)) {
            int end = at + code.length();
            boolean startsWord = at == 0 || code.length() >= 3;
            if (startsWord && (end == name.length() || !Character.isDigit(name.charAt(end)))) {
                return true;
            }
        }
        return false;
    }
}
