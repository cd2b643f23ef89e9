package io.divertwatch.detect;

import io.divertwatch.geo.AirportIndex;
import io.divertwatch.geo.GeoPoint;
import io.divertwatch.geo.Geodesy;
import io.divertwatch.track.StateVector;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;

/**
 * Faults that real feeds show, laid over a real track. All but the spoofed landings leave the real
 * flight recoverable: the spoofing and jamming fall on airborne fixes at least 15 min after the first
 * airborne fix, and either 30 min before the last (in cruise) or within its last 30 min but ending
 * 3 min before it (in the descent), so what the aircraft really did around its airports is still in
 * the data. The spoofed landings ({@link #hidesTheLanding()}) run to the end of the track.
 */
enum FeedFaults {

    /** GPS spoofing that moves the reported path sideways by 150–600 km for 10–40 min, then lets go. */
    SPOOFED_SHIFT {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return inCruise(track, random, (first, r) -> {
                double bearing = r.nextDouble() * 360;
                double km = 150 + r.nextDouble() * 450;
                return sv -> at(sv, Geodesy.destination(sv.lat(), sv.lon(), bearing, km), sv.trueTrackDeg());
            });
        }
    },

    /** Spoofing that puts the aircraft on one spot 150–600 km away, still reporting its speed. */
    SPOOFED_SPOT {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return inCruise(track, random, FeedFaults::spotFarAway);
        }
    },

    /** Spoofing that sends the positions round a 5–20 km circle whose centre is 100–400 km away. */
    SPOOFED_CIRCLE {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return inCruise(track, random, (first, r) -> {
                GeoPoint centre = Geodesy.destination(first.lat(), first.lon(), r.nextDouble() * 360,
                        100 + r.nextDouble() * 300);
                double radiusKm = 5 + r.nextDouble() * 15;
                double degreesPerSecond = 360 / (2 * Math.PI * radiusKm / 0.12); // about 430 km/h round it
                return sv -> {
                    double round = (sv.time() - first.time()) * degreesPerSecond;
                    return at(sv, Geodesy.destination(centre.lat(), centre.lon(), round, radiusKm),
                            Geodesy.normalizeDeg(round + 90));
                };
            });
        }
    },

    /** Jamming: for 10–40 min the feed keeps sending the aircraft, without a position. */
    JAMMED {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return inCruise(track, random, (first, r) -> FeedFaults::withoutPosition);
        }
    },

    /** Jamming as some receivers report it: the last good position, sent again for 10–40 min. */
    FROZEN {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return inCruise(track, random, (first, r) -> sv -> at(sv, new GeoPoint(first.lat(), first.lon()),
                    sv.trueTrackDeg()));
        }
    },

    /**
     * Two feeds merged: every fix twice, one in four arriving after its successor, and one in twenty
     * sent again a few minutes later with its old position time (a stale position).
     */
    DUPLICATED_REORDERED_STALE {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            List<StateVector> out = new ArrayList<>();
            List<StateVector> stale = new ArrayList<>();
            for (int i = 0; i < track.size(); i++) {
                StateVector sv = track.get(i);
                if (random.nextInt(4) == 0 && i + 1 < track.size()) {
                    out.add(track.get(i + 1));
                    out.add(sv);
                    out.add(again(sv, sv.lastContact() + 5));
                    out.add(again(track.get(i + 1), track.get(i + 1).lastContact() + 5));
                    i++;
                } else {
                    out.add(sv);
                    out.add(again(sv, sv.lastContact() + 5));
                }
                if (random.nextInt(20) == 0) {
                    stale.add(sv);
                }
                while (!stale.isEmpty() && stale.get(0).lastContact() + 180 <= sv.lastContact()) {
                    StateVector old = stale.remove(0);
                    out.add(again(old, sv.lastContact()));
                }
            }
            return out;
        }
    },

    /** Jamming in the descent: no position for 5–15 min, ending at least 3 min before the last airborne fix. */
    JAMMED_IN_DESCENT {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return over(Window.inDescent(track, random), track, random, (first, r) -> FeedFaults::withoutPosition);
        }
    },

    /** The last good position sent again for 5–15 min in the descent, as some receivers report jamming. */
    FROZEN_IN_DESCENT {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return over(Window.inDescent(track, random), track, random,
                    (first, r) -> sv -> at(sv, new GeoPoint(first.lat(), first.lon()), sv.trueTrackDeg()));
        }
    },

    /** Spoofing in the descent: one spot 150–600 km away for 5–15 min, still reporting speed. */
    SPOOFED_SPOT_IN_DESCENT {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return over(Window.inDescent(track, random), track, random, FeedFaults::spotFarAway);
        }
    },

    /**
     * Spoofing as a receiver standing still computes it: one spot 150–600 km away for 10–40 min in
     * cruise, with no speed and no course.
     */
    SPOOFED_SPOT_STANDING_STILL {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return inCruise(track, random, (first, r) -> {
                UnaryOperator<StateVector> spot = spotFarAway(first, r);
                return sv -> standingStill(spot.apply(sv));
            });
        }
    },

    /**
     * Spoofing that puts the aircraft at a major airport 150–400 km away from 5–20 min before its last
     * airborne fix to the end, still reporting speed, altitude and on-ground as flown: the flight
     * "lands" there, as flights into Tel Aviv were shown landing in Beirut in 2024. The real landing
     * is hidden, so only a wrong landing is a failure.
     */
    SPOOFED_THROUGH_LANDING {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return throughLanding(track, random, airports, UnaryOperator.identity());
        }

        @Override
        boolean hidesTheLanding() {
            return true;
        }
    },

    /** {@link #SPOOFED_THROUGH_LANDING} with no speed and no course, as a receiver standing still computes it. */
    SPOOFED_THROUGH_LANDING_STANDING_STILL {
        @Override
        List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports) {
            return throughLanding(track, random, airports, FeedFaults::standingStill);
        }

        @Override
        boolean hidesTheLanding() {
            return true;
        }
    };

    /**
     * The faulty feed in arrival order, or null when the track has no room for this fault; {@code airports}
     * are where a fault may put the aircraft.
     */
    abstract List<StateVector> apply(List<StateVector> track, Random random, AirportIndex airports);

    /**
     * Whether the fault hides where the flight landed: a diversion cannot be expected to be caught
     * then, but must not be placed at the fault's airport.
     */
    boolean hidesTheLanding() {
        return false;
    }

    /** See {@link #SPOOFED_THROUGH_LANDING}; {@code also} changes each spoofed fix further. */
    private static List<StateVector> throughLanding(List<StateVector> track, Random random, AirportIndex airports,
            UnaryOperator<StateVector> also) {
        int lastAirborne = -1;
        for (int i = 0; i < track.size(); i++) {
            if (Boolean.FALSE.equals(track.get(i).onGround())) {
                lastAirborne = i;
            }
        }
        if (lastAirborne < 0) {
            return null;
        }
        long start = track.get(lastAirborne).time() - (5 + random.nextInt(16)) * 60L;
        int from = 0;
        while (from < track.size() && track.get(from).time() < start) {
            from++;
        }
        StateVector first = track.get(from);
        GeoPoint around = Geodesy.destination(first.lat(), first.lon(), random.nextDouble() * 360,
                150 + random.nextDouble() * 250);
        GeoPoint spot = airports.majorWithin(around.lat(), around.lon(), 100).stream()
                .map(a -> new GeoPoint(a.lat(), a.lon()))
                .filter(p -> Geodesy.distanceKm(first.lat(), first.lon(), p.lat(), p.lon()) >= 150)
                .min(Comparator.comparingDouble(p -> Geodesy.distanceKm(around.lat(), around.lon(), p.lat(), p.lon())))
                .orElse(null);
        if (from == 0 || spot == null) {
            return null;
        }
        List<StateVector> out = new ArrayList<>(track);
        for (int i = from; i < track.size(); i++) {
            StateVector sv = track.get(i);
            out.set(i, also.apply(at(sv, spot, sv.trueTrackDeg())));
        }
        return out;
    }

    private static StateVector standingStill(StateVector sv) {
        return new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.lastContact(), sv.lat(), sv.lon(),
                sv.baroAltitudeM(), sv.onGround(), 0.0, Double.NaN, sv.verticalRateMps(), Double.NaN, null,
                sv.source());
    }

    /**
     * The track with the fixes of a window in cruise replaced: {@code fault} is given the window's first
     * fix (and the random source, drawn from after the window) and returns what becomes of each fix.
     */
    private static List<StateVector> inCruise(List<StateVector> track, Random random,
            BiFunction<StateVector, Random, UnaryOperator<StateVector>> fault) {
        return over(Window.inCruise(track, random), track, random, fault);
    }

    /** The track with the fixes of window {@code w} replaced, as in {@link #inCruise}; null without a window. */
    private static List<StateVector> over(Window w, List<StateVector> track, Random random,
            BiFunction<StateVector, Random, UnaryOperator<StateVector>> fault) {
        if (w == null) {
            return null;
        }
        UnaryOperator<StateVector> replace = fault.apply(track.get(w.from), random);
        List<StateVector> out = new ArrayList<>(track);
        for (int i = w.from; i < w.to; i++) {
            out.set(i, replace.apply(track.get(i)));
        }
        return out;
    }

    /** Every fix at one spot 150–600 km from where the fault began, still reporting speed. */
    private static UnaryOperator<StateVector> spotFarAway(StateVector first, Random random) {
        GeoPoint spot = Geodesy.destination(first.lat(), first.lon(), random.nextDouble() * 360,
                150 + random.nextDouble() * 450);
        return sv -> at(sv, spot, sv.trueTrackDeg());
    }

    private static StateVector withoutPosition(StateVector sv) {
        return new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.lastContact(), Double.NaN, Double.NaN,
                sv.baroAltitudeM(), sv.onGround(), sv.velocityMps(), sv.trueTrackDeg(), sv.verticalRateMps(),
                Double.NaN, null, sv.source());
    }

    private static StateVector at(StateVector sv, GeoPoint p, double trackDeg) {
        return new StateVector(sv.icao24(), sv.callsign(), null, sv.time(), sv.lastContact(), p.lat(), p.lon(),
                sv.baroAltitudeM(), sv.onGround(), sv.velocityMps(), trackDeg, sv.verticalRateMps(), Double.NaN, null,
                sv.source());
    }

    private static StateVector again(StateVector sv, long lastContact) {
        return new StateVector(sv.icao24(), sv.callsign(), null, sv.timePosition(), lastContact, sv.lat(), sv.lon(),
                sv.baroAltitudeM(), sv.onGround(), sv.velocityMps(), sv.trueTrackDeg(), sv.verticalRateMps(),
                Double.NaN, null, "second-feed");
    }

    /** Fix indices [from, to) of a stretch of airborne fixes. */
    private record Window(int from, int to) {

        /**
         * 10–40 min, 15 min after the first airborne fix (a fifth of the flight if longer) and 30 min
         * before the last.
         */
        static Window inCruise(List<StateVector> track, Random random) {
            return airborneStretch(track, random, 10, 40,
                    (start, end) -> new long[] {start + Math.max(15 * 60, (end - start) / 5), end - 30 * 60});
        }

        /** 5–15 min within the last 30 min of airborne fixes, ending at least 3 min before the last one. */
        static Window inDescent(List<StateVector> track, Random random) {
            return airborneStretch(track, random, 5, 15,
                    (start, end) -> new long[] {Math.max(start + 15 * 60, end - 30 * 60), end - 3 * 60});
        }

        /** Where a stretch may start, {earliest, latest}, given the first and last airborne fix's times. */
        private interface Bounds {
            long[] of(long start, long end);
        }

        /** {@code minMinutes}–{@code maxMinutes} of airborne fixes starting within {@code bounds}. */
        private static Window airborneStretch(List<StateVector> track, Random random, int minMinutes,
                int maxMinutes, Bounds bounds) {
            List<StateVector> airborne = airborne(track);
            if (airborne.isEmpty()) {
                return null;
            }
            long[] window = bounds.of(airborne.get(0).time(), airborne.get(airborne.size() - 1).time());
            return between(track, random, window[0], window[1],
                    (minMinutes + random.nextInt(maxMinutes - minMinutes + 1)) * 60L);
        }

        private static List<StateVector> airborne(List<StateVector> track) {
            return track.stream().filter(sv -> Boolean.FALSE.equals(sv.onGround())).toList();
        }

        /** {@code length} seconds of airborne fixes, starting at random between {@code earliest} and {@code latest}. */
        private static Window between(List<StateVector> track, Random random, long earliest, long latest, long length) {
            if (latest - earliest < length) {
                return null;
            }
            long from = earliest + (long) (random.nextDouble() * (latest - earliest - length));
            int i = 0;
            while (i < track.size() && track.get(i).time() < from) {
                i++;
            }
            int j = i;
            while (j < track.size() && track.get(j).time() < from + length
                    && !Boolean.TRUE.equals(track.get(j).onGround())) {
                j++;
            }
            return j - i >= 3 ? new Window(i, j) : null;
        }
    }
}
