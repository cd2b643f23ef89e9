package io.divertwatch.geo;

/**
 * One airport as OurAirports describes it. {@code ident} is the OurAirports identifier, the ICAO code
 * for every airport that has one.
 *
 * @param elevationM field elevation in metres, NaN when unknown
 */
public record Airport(String ident, AirportType type, String name, double lat, double lon, double elevationM,
        String isoCountry, String iataCode) {

    public GeoPoint position() {
        return new GeoPoint(lat, lon);
    }

    /** Large and medium airports: the ones an airliner diverts to, and the ones landing detection considers. */
    public boolean isMajor() {
        return type == AirportType.LARGE_AIRPORT || type == AirportType.MEDIUM_AIRPORT;
    }

    public double elevationOrZeroM() {
        return Double.isNaN(elevationM) ? 0.0 : elevationM;
    }
}
