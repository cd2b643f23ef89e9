package io.divertwatch.sea;

/**
 * The maritime rules' thresholds (docs/maritime.md), physically motivated and started from Global
 * Fishing Watch's event definitions. Defaults live in {@link Builder} alone.
 *
 * @param stopBelowKn          a vessel slower than this is stopped (AIS reports 0.0–0.3 kn alongside)
 * @param moveAboveKn          a stopped vessel faster than this moves again
 * @param minStopMinutes       a stop inside a port this long is a call
 * @param portSilenceMinutes   silence while inside a port this long is a stay as well
 * @param leaveKm              a vessel this far beyond a port has left it
 * @param gapHours             silence this long is an {@code AIS_GAP} (for vessels that matter)
 * @param nearWatchedKm        a vessel this close to a watched port or area matters for gaps
 * @param undeclaredMinHours   silence this long may hide a call ({@code POSSIBLE_UNDECLARED_PORT_CALL})
 * @param maxSpeedKn           the fastest a merchant vessel sails: what reach is measured with
 * @param cruiseSpeedKn        the speed assumed for a vessel seen too little to know its own
 * @param minStayHours         the shortest call: berthing, handling, casting off
 * @param typicalStayHours     a cargo call's usual length, for ranking which call best explains a silence
 * @param implausibleSpeedKn   the gate: a jump implying more than this is refused
 * @param encounterKm          two vessels this close may be moving cargo between them
 * @param encounterMaxKn       both slower than this (a transfer is done drifting or at anchor)
 * @param encounterHours       for this long ({@code ENCOUNTER}); three times as long escalates it
 * @param awayFromPortKm       an encounter or loitering this far from every known port is at sea
 * @param loiterMaxKn          a watched vessel slower than this at sea is loitering
 * @param loiterHours          for this long ({@code LOITERING})
 * @param destinationOffHours  off course for the declared destination this long ({@code DESTINATION_MISMATCH})
 */
public record MaritimeConfig(double stopBelowKn, double moveAboveKn, double minStopMinutes, double portSilenceMinutes,
        double leaveKm, double gapHours, double nearWatchedKm, double undeclaredMinHours, double maxSpeedKn,
        double cruiseSpeedKn, double minStayHours, double typicalStayHours, double implausibleSpeedKn,
        double encounterKm, double encounterMaxKn, double encounterHours, double awayFromPortKm, double loiterMaxKn,
        double loiterHours, double destinationOffHours) {

    public static MaritimeConfig defaults() {
        return new Builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Every default, and one wither per threshold. */
    public static final class Builder {
        private double stopBelowKn = 0.5;
        private double moveAboveKn = 1.0;
        private double minStopMinutes = 5;
        private double portSilenceMinutes = 240;
        private double leaveKm = 1.0;
        private double gapHours = 6;
        private double nearWatchedKm = 50;
        private double undeclaredMinHours = 6;
        private double maxSpeedKn = 20;
        private double cruiseSpeedKn = 12;
        private double minStayHours = 2;
        private double typicalStayHours = 12;
        private double implausibleSpeedKn = 50;
        private double encounterKm = 0.5;
        private double encounterMaxKn = 2;
        private double encounterHours = 2;
        private double awayFromPortKm = 10;
        private double loiterMaxKn = 2;
        private double loiterHours = 3;
        private double destinationOffHours = 3;

        public Builder stopBelowKn(double v) {
            stopBelowKn = v;
            return this;
        }

        public Builder moveAboveKn(double v) {
            moveAboveKn = v;
            return this;
        }

        public Builder minStopMinutes(double v) {
            minStopMinutes = v;
            return this;
        }

        public Builder portSilenceMinutes(double v) {
            portSilenceMinutes = v;
            return this;
        }

        public Builder leaveKm(double v) {
            leaveKm = v;
            return this;
        }

        public Builder gapHours(double v) {
            gapHours = v;
            return this;
        }

        public Builder nearWatchedKm(double v) {
            nearWatchedKm = v;
            return this;
        }

        public Builder undeclaredMinHours(double v) {
            undeclaredMinHours = v;
            return this;
        }

        public Builder maxSpeedKn(double v) {
            maxSpeedKn = v;
            return this;
        }

        public Builder cruiseSpeedKn(double v) {
            cruiseSpeedKn = v;
            return this;
        }

        public Builder minStayHours(double v) {
            minStayHours = v;
            return this;
        }

        public Builder typicalStayHours(double v) {
            typicalStayHours = v;
            return this;
        }

        public Builder implausibleSpeedKn(double v) {
            implausibleSpeedKn = v;
            return this;
        }

        public Builder encounterKm(double v) {
            encounterKm = v;
            return this;
        }

        public Builder encounterMaxKn(double v) {
            encounterMaxKn = v;
            return this;
        }

        public Builder encounterHours(double v) {
            encounterHours = v;
            return this;
        }

        public Builder awayFromPortKm(double v) {
            awayFromPortKm = v;
            return this;
        }

        public Builder loiterMaxKn(double v) {
            loiterMaxKn = v;
            return this;
        }

        public Builder loiterHours(double v) {
            loiterHours = v;
            return this;
        }

        public Builder destinationOffHours(double v) {
            destinationOffHours = v;
            return this;
        }

        public MaritimeConfig build() {
            return new MaritimeConfig(stopBelowKn, moveAboveKn, minStopMinutes, portSilenceMinutes, leaveKm, gapHours,
                    nearWatchedKm, undeclaredMinHours, maxSpeedKn, cruiseSpeedKn, minStayHours, typicalStayHours,
                    implausibleSpeedKn, encounterKm, encounterMaxKn, encounterHours, awayFromPortKm, loiterMaxKn,
                    loiterHours, destinationOffHours);
        }
    }
}
