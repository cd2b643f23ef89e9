package io.divertwatch.sea;

import io.divertwatch.ais.AisMessage;

/**
 * What a vessel says of itself, merged from its static and voyage reports (AIS types 5, 19 and 24):
 * a later report replaces what it carries and keeps the rest. Absent values are 0 or null.
 *
 * @param destination the declared destination, as typed by the crew
 * @param eta         the declared arrival, "MM-ddTHH:mmZ" without a year
 */
public record VesselStatics(int imo, String name, String callSign, int shipType, int lengthM, int beamM,
        double draughtM, String destination, String eta) {

    public static final VesselStatics NONE = new VesselStatics(0, null, null, 0, 0, 0, Double.NaN, null, null);

    /** These statics with what an AIS static or voyage report carries. */
    public VesselStatics with(AisMessage.Statics s) {
        boolean voyage = s.part() == 0;
        return with(new VesselStatics(s.imo(), s.name(), s.callSign(), s.shipType(), s.toBow() + s.toStern(),
                s.toPort() + s.toStarboard(), s.draughtM(), voyage ? s.destination() : null, voyage ? s.eta() : null));
    }

    /** These statics with what {@code s} carries: its known values replace these, the rest stays. */
    public VesselStatics with(VesselStatics s) {
        return new VesselStatics(s.imo() > 0 ? s.imo() : imo, text(s.name(), name), text(s.callSign(), callSign),
                s.shipType() > 0 ? s.shipType() : shipType, s.lengthM() > 0 ? s.lengthM() : lengthM,
                s.beamM() > 0 ? s.beamM() : beamM, Double.isNaN(s.draughtM()) || s.draughtM() == 0 ? draughtM
                        : s.draughtM(), text(s.destination(), destination), s.eta() != null ? s.eta() : eta);
    }

    private static String text(String value, String otherwise) {
        String v = blankToNull(value);
        return v != null ? v : otherwise;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
