package io.divertwatch.bench;

import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.sea.PortSpec;
import io.divertwatch.sea.SeaContext;
import io.divertwatch.sea.VesselWatchSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A busy sea for the AIS benchmark, as a receiver network hears it: {@code vessels} ships reporting
 * every 10 s as AIVDM type 1 sentences (encoded here, checksums and all), a tenth of them near one
 * of the watched ports and some stopped inside one, the rest at sea; 40 % at anchor or drifting, the
 * others under way at 8–20 kn; one in fifty drifts 200 m from another, as a transfer would. Rounds play forward and then back, so each track stays continuous
 * however long the benchmark runs, and no jump is refused for being impossible.
 */
final class SyntheticSea {

    static final long ROUND_SECONDS = 10;

    final int vessels;
    final List<PortSpec> ports = new ArrayList<>();
    /** sentences[round][vessel]. */
    final String[][] sentences;
    private final int[] mmsi;
    private final double[] firstLat;

    SyntheticSea(int vessels, int watchedPorts, int rounds, long seed) {
        this.vessels = vessels;
        Random random = new Random(seed);
        for (int i = 0; i < watchedPorts; i++) {
            ports.add(new PortSpec((long) i + 1, "Port " + i, "Testland", -55 + random.nextDouble() * 120,
                    -180 + random.nextDouble() * 360, 3 + random.nextDouble() * 5, null, true));
        }
        mmsi = new int[vessels];
        double[] lat = new double[vessels];
        double[] lon = new double[vessels];
        double[] knots = new double[vessels];
        double[] course = new double[vessels];
        for (int v = 0; v < vessels; v++) {
            mmsi[v] = 200_000_000 + v * 7;
            if (v % 10 == 0) {
                // Near a watched port: inside it for some, within the port's approaches for the others.
                PortSpec p = ports.get(random.nextInt(ports.size()));
                GeoPoint at = Geodesy.destination(p.lat(), p.lon(), random.nextDouble() * 360,
                        v % 20 == 0 ? random.nextDouble() * p.radiusKm() : p.radiusKm() + random.nextDouble() * 40);
                lat[v] = at.lat();
                lon[v] = at.lon();
            } else {
                lat[v] = -60 + random.nextDouble() * 130;
                lon[v] = -180 + random.nextDouble() * 360;
            }
            knots[v] = random.nextDouble() < 0.4 ? random.nextDouble() * 0.3 : 8 + random.nextDouble() * 12;
            course[v] = random.nextDouble() * 360;
            if (v % 50 == 1) {
                GeoPoint alongside = Geodesy.destination(lat[v - 1], lon[v - 1], 0, 0.2);
                lat[v] = alongside.lat();
                lon[v] = alongside.lon();
                knots[v - 1] = 0.2;
                knots[v] = 0.2;
                course[v] = course[v - 1];
            }
        }
        firstLat = lat.clone();
        sentences = new String[rounds][vessels];
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < vessels; v++) {
                sentences[r][v] = positionReport(mmsi[v], lat[v], lon[v], knots[v], course[v], (int) (r * ROUND_SECONDS % 60));
                GeoPoint next = Geodesy.destination(lat[v], lon[v], course[v], knots[v] * 1.852 * ROUND_SECONDS / 3600);
                lat[v] = next.lat();
                lon[v] = next.lon();
            }
        }
    }

    double firstLat(int vessel) {
        return firstLat[vessel];
    }

    /** The round played at step {@code k}: forward, then back, then forward again. */
    String[] round(long k) {
        int n = sentences.length;
        int phase = (int) (k % (2L * n - 2));
        return sentences[phase < n ? phase : 2 * n - 2 - phase];
    }

    /** {@code watched} watches, one vessel each, and the watched ports. */
    SeaContext context(int watched) {
        List<VesselWatchSpec> watches = new ArrayList<>(watched);
        for (int i = 0; i < watched; i++) {
            int v = (int) ((long) i * vessels / watched);
            watches.add(new VesselWatchSpec(i + 1, "vessel " + v, Set.of(mmsi[v])));
        }
        return new SeaContext(watches, ports, List.of());
    }

    /** An {@code !AIVDM} type 1 sentence, armoured and checksummed as a receiver sends it. */
    static String positionReport(int mmsi, double lat, double lon, double knots, double course, int second) {
        Bits b = new Bits(168);
        b.put(1, 6).put(0, 2).put(mmsi, 30).put(0, 4).put(128, 8).put((long) Math.round(knots * 10), 10).put(1, 1)
                .put(Math.round(lon * 600_000), 28).put(Math.round(lat * 600_000), 27)
                .put(Math.round(course * 10) % 3600, 12).put(511, 9).put(second, 6).put(0, 2).put(0, 3).put(0, 1)
                .put(0, 19);
        String body = "AIVDM,1,1,,A," + b.armoured() + ",0";
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum ^= body.charAt(i);
        }
        return "!" + body + String.format(Locale.ROOT, "*%02X", sum);
    }

    private static final class Bits {
        private final boolean[] bits;
        private int at;

        Bits(int size) {
            bits = new boolean[size];
        }

        /** The low {@code count} bits of {@code value} (two's complement for negatives), most significant first. */
        Bits put(long value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                bits[at++] = ((value >> i) & 1) == 1;
            }
            return this;
        }

        String armoured() {
            StringBuilder s = new StringBuilder(bits.length / 6);
            for (int i = 0; i < bits.length; i += 6) {
                int v = 0;
                for (int j = 0; j < 6; j++) {
                    v = v << 1 | (bits[i + j] ? 1 : 0);
                }
                s.append((char) (v < 40 ? v + 48 : v + 56));
            }
            return s.toString();
        }
    }
}
