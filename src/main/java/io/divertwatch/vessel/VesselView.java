package io.divertwatch.vessel;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.divertwatch.alert.AlertSubject;
import io.divertwatch.alert.FixView;
import io.divertwatch.sea.VesselFix;
import io.divertwatch.sea.VesselStatics;

import java.time.Instant;

/**
 * A vessel that matters: who it says it is, where it was last seen, and why it matters.
 *
 * @param sharedMmsi two transmitters were heard using this MMSI at once: positions may be either's
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VesselView(int mmsi, String name, Integer imo, String callSign, Integer shipType, Integer lengthM,
        Integer beamM, Double draughtM, String destination, String eta, Instant time, Position position,
        String source, Long vesselWatchId, String label, AlertSubject.ListEntry listEntry, boolean sharedMmsi,
        long openAlerts) {

    /** Where, with speed over ground in knots and course over ground in degrees. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Position(double lat, double lon, Double speedKn, Double courseDeg) {
    }

    static VesselView of(int mmsi, VesselStatics said, VesselFix last, VesselWatch watch, AlertSubject.ListEntry entry,
            boolean sharedMmsi, long openAlerts) {
        VesselStatics s = said == null ? VesselStatics.NONE : said;
        return new VesselView(mmsi, s.name() != null ? s.name() : watch == null ? null : watch.name,
                s.imo() > 0 ? Integer.valueOf(s.imo()) : watch == null ? null : watch.imo,
                s.callSign() != null ? s.callSign() : watch == null ? null : watch.callSign, positive(s.shipType()),
                positive(s.lengthM()), positive(s.beamM()), FixView.known(s.draughtM()), s.destination(), s.eta(),
                last == null ? null : Instant.ofEpochSecond(last.time()),
                last == null ? null : new Position(last.lat(), last.lon(), FixView.known(last.speedKn()),
                        FixView.known(last.courseDeg())),
                last == null ? null : last.source(), watch == null ? null : watch.id,
                watch == null ? null : watch.describe(), entry, sharedMmsi, openAlerts);
    }

    private static Integer positive(int value) {
        return value > 0 ? value : null;
    }
}
