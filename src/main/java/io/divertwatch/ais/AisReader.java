package io.divertwatch.ais;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a stream of NMEA 0183 lines from an AIS receiver, one line at a time, into decoded messages:
 * {@code !xxVDM} and {@code !xxVDO} sentences of any talker, checksums checked, messages of several
 * sentences put back together, times taken from NMEA 4 tag blocks ({@code \c:1635731889*hh\}) or from
 * the Danish shore network's {@code $PGHP} sentence before each message. Other NMEA sentences (GPS
 * fixes between the AIS ones) are passed over. One reader per stream: it is not thread-safe.
 */
public final class AisReader {

    /** Fragments of several-sentence messages awaiting their other parts; older ones are dropped. */
    private static final int MAX_PENDING = 256;

    private final Map<String, Fragments> pending = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Fragments> eldest) {
            return size() > MAX_PENDING;
        }
    };
    /** The time a {@code $PGHP} sentence gave the next AIS sentence, or 0. */
    private long announcedTime;

    private static final class Fragments {
        final String[] payloads;
        final long time;
        int received;

        Fragments(int count, long time) {
            this.payloads = new String[count];
            this.time = time;
        }
    }

    /**
     * The message a line completes, or null when it completes none (a fragment, a GPS sentence, a
     * {@code $PGHP} time, a blank line or a comment).
     *
     * @param receivedAt the receiver's time for the line (Unix seconds), used when the line carries none
     * @throws AisFormatException a line that claims to be AIS but is not well formed, saying why
     */
    public AisMessage read(String line, long receivedAt) throws AisFormatException {
        int at = 0;
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) <= ' ') {
            end--;
        }
        while (at < end && line.charAt(at) <= ' ') {
            at++;
        }
        if (at == end || line.charAt(at) == '#') {
            return null;
        }
        long time = 0;
        if (line.charAt(at) == '\\') {
            int close = line.indexOf('\\', at + 1);
            if (close < 0) {
                throw new AisFormatException("tag block is not closed by a backslash");
            }
            time = tagBlockTime(line, at + 1, close);
            at = close + 1;
        }
        if (at == end) {
            return null;
        }
        char first = line.charAt(at);
        if (first == '$') {
            if (line.startsWith("$PGHP,", at)) {
                announcedTime = pghpTime(line, at, end);
            }
            return null;
        }
        if (first != '!' || end - at < 7 || !(line.startsWith("VDM", at + 3) || line.startsWith("VDO", at + 3))) {
            throw new AisFormatException("not an AIS sentence (!xxVDM or !xxVDO)");
        }
        int star = checksum(line, at, end);
        if (time == 0) {
            time = announcedTime != 0 ? announcedTime : receivedAt;
        }
        announcedTime = 0;
        int[] comma = new int[6];
        int found = 0;
        for (int i = at; i < star && found < 6; i++) {
            if (line.charAt(i) == ',') {
                comma[found++] = i;
            }
        }
        if (found < 6) {
            throw new AisFormatException("has " + (found + 1) + " fields, not the 7 of an AIS sentence");
        }
        int count = digit(line, comma[0] + 1, comma[1], "fragment count");
        int number = digit(line, comma[1] + 1, comma[2], "fragment number");
        int fill = digit(line, comma[5] + 1, star, "fill bits");
        if (count < 1 || number < 1 || number > count || fill > 5) {
            throw new AisFormatException("fragment " + number + " of " + count + " with " + fill + " fill bits is "
                    + "impossible");
        }
        int payloadStart = comma[4] + 1;
        int payloadEnd = comma[5];
        checkArmouring(line, payloadStart, payloadEnd);
        if (count == 1) {
            return AisDecoder.decode(new SixBits(line, payloadStart, payloadEnd, fill), time);
        }
        return fragment(line.substring(comma[2] + 1, comma[4]), count, number, line.substring(payloadStart, payloadEnd),
                fill, time);
    }

    private AisMessage fragment(String key, int count, int number, String payload, int fill, long time)
            throws AisFormatException {
        Fragments f = pending.get(key);
        if (number == 1 || f == null || f.payloads.length != count) {
            if (number != 1) {
                // The first fragment was lost: nothing to complete.
                return null;
            }
            f = new Fragments(count, time);
            pending.put(key, f);
        }
        if (f.payloads[number - 1] == null) {
            f.received++;
        }
        f.payloads[number - 1] = payload;
        if (f.received < count) {
            return null;
        }
        pending.remove(key);
        String whole = String.join("", f.payloads);
        return AisDecoder.decode(new SixBits(whole, 0, whole.length(), fill), f.time);
    }

    /** Checks the {@code *hh} checksum (XOR of the characters between '!' and '*'); returns where '*' is. */
    private static int checksum(String line, int at, int end) throws AisFormatException {
        int star = line.lastIndexOf('*', end - 1);
        if (star < at || star + 3 > end) {
            throw new AisFormatException("has no *hh checksum");
        }
        int sum = 0;
        for (int i = at + 1; i < star; i++) {
            sum ^= line.charAt(i);
        }
        int given = hex(line.charAt(star + 1)) << 4 | hex(line.charAt(star + 2));
        if (given != sum) {
            throw new AisFormatException(String.format("checksum %02X does not match the sentence's %02X", given, sum));
        }
        return star;
    }

    /** The {@code c:} time of a tag block (seconds, or milliseconds in some recorders), its checksum checked. */
    private static long tagBlockTime(String line, int from, int to) throws AisFormatException {
        int star = line.lastIndexOf('*', to);
        if (star < from || star + 3 != to) {
            throw new AisFormatException("tag block has no *hh checksum");
        }
        int sum = 0;
        for (int i = from; i < star; i++) {
            sum ^= line.charAt(i);
        }
        if ((hex(line.charAt(star + 1)) << 4 | hex(line.charAt(star + 2))) != sum) {
            throw new AisFormatException("tag block checksum does not match");
        }
        int i = from;
        while (i < star) {
            int stop = line.indexOf(',', i);
            if (stop < 0 || stop > star) {
                stop = star;
            }
            if (line.startsWith("c:", i)) {
                long value = parseLong(line, i + 2, stop, "tag block time");
                return value > 100_000_000_000L ? value / 1000 : value;
            }
            i = stop + 1;
        }
        return 0;
    }

    /** {@code $PGHP,1,yyyy,M,d,H,m,s,ms,...}: the time of the sentence that follows. */
    private static long pghpTime(String line, int at, int end) throws AisFormatException {
        String[] f = line.substring(at, end).split(",");
        if (f.length < 9) {
            throw new AisFormatException("$PGHP sentence has " + f.length + " fields, not at least 9");
        }
        try {
            return LocalDateTime.of(Integer.parseInt(f[2]), Integer.parseInt(f[3]), Integer.parseInt(f[4]),
                    Integer.parseInt(f[5]), Integer.parseInt(f[6]), Integer.parseInt(f[7]))
                    .toEpochSecond(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            throw new AisFormatException("$PGHP time is not a date: " + e.getMessage());
        }
    }

    private static void checkArmouring(String line, int from, int to) throws AisFormatException {
        if (to <= from) {
            throw new AisFormatException("payload is empty");
        }
        for (int i = from; i < to; i++) {
            if (SixBits.value(line.charAt(i)) < 0) {
                throw new AisFormatException("payload character '" + printable(line.charAt(i)) + "' is not AIS armouring");
            }
        }
    }

    private static String printable(char c) {
        return c < ' ' || c > '~' ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static int digit(String line, int from, int to, String what) throws AisFormatException {
        if (to - from != 1 || line.charAt(from) < '0' || line.charAt(from) > '9') {
            throw new AisFormatException(what + " is not one digit");
        }
        return line.charAt(from) - '0';
    }

    private static long parseLong(String line, int from, int to, String what) throws AisFormatException {
        if (to <= from || to - from > 15) {
            throw new AisFormatException(what + " is not a number");
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                throw new AisFormatException(what + " is not a number");
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static int hex(char c) throws AisFormatException {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        throw new AisFormatException("checksum '" + printable(c) + "' is not hexadecimal");
    }
}
