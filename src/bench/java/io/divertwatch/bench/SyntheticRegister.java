package io.divertwatch.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A deterministic aircraft register the size of the open ones (the OpenSky aircraft database and
 * tar1090-db hold about 600,000 rows), in the OpenSky database's CSV format with its quoting: unique
 * addresses, registrations shaped like real ones, 400 type designators, 60 manufacturers, 5,000
 * operators and serial numbers of 3 to 10 digits.
 */
final class SyntheticRegister {

    static final int ROWS = 600_000;
    static final int TYPES = 400;
    static final int OPERATORS = 5_000;
    private static final String[] PREFIXES = { "N", "D-", "G-", "F-", "RA-", "EP-", "B-", "JA", "VH-", "C-", "EW-",
            "UR-", "HL", "P-", "YI-" };

    private SyntheticRegister() {
    }

    static String registration(int row) {
        String prefix = PREFIXES[row % PREFIXES.length];
        return prefix + (prefix.equals("N") || prefix.equals("JA") || prefix.equals("HL")
                ? String.valueOf(10_000 + row / PREFIXES.length) : letters(row / PREFIXES.length, 5));
    }

    static String typeCode(int type) {
        return letters(type, 2) + (type % 90 + 10);
    }

    static String operator(int operator) {
        return "Operator " + letters(operator, 4) + " Air Services";
    }

    static String serial(int row) {
        return String.valueOf(row * 7919L % 9_999_999_991L + 100);
    }

    /** Writes the register; row {@code i} has type {@code i % TYPES} and operator {@code i % OPERATORS}. */
    static void write(Path file) throws IOException {
        Random random = new Random(600_000);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("'icao24','registration','manufacturericao','manufacturername','model','typecode',"
                    + "'serialnumber','linenumber','icaoaircrafttype','operator','operatorcallsign','operatoricao',"
                    + "'operatoriata','owner','testreg','registered','reguntil','status','built','firstflightdate',"
                    + "'seatconfiguration','engines','modes','adsb','acars','notes','categoryDescription'\n");
            for (int i = 0; i < ROWS; i++) {
                int type = i % TYPES;
                int maker = type % 60;
                int operator = i % OPERATORS;
                String address = String.format("%06x", (0x100000 + i * 13) & 0xffffff);
                out.write("'" + address + "','" + registration(i) + "','MAKER" + maker + "','Manufacturer " + maker
                        + " Aircraft','Model " + typeCode(type) + "-" + random.nextInt(900) + "','" + typeCode(type)
                        + "','" + serial(i) + "','','L2J','" + operator(operator) + "','CALL" + operator + "','"
                        + letters(operator, 3) + "','','Owner " + letters(i, 6) + "','false','2010-01-01',"
                        + "'2030-01-01','Valid','2008-05-01','','','','false','false','false','',"
                        + "'Large (75000 to 300000 lbs)'\n");
            }
        }
    }

    private static String letters(int value, int length) {
        char[] out = new char[length];
        int v = value;
        for (int i = length - 1; i >= 0; i--) {
            out[i] = (char) ('A' + v % 26);
            v /= 26;
        }
        return new String(out);
    }
}
