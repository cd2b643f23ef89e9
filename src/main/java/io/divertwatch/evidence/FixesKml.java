package io.divertwatch.evidence;

import io.divertwatch.alert.AlertView;
import io.divertwatch.geo.Geodesy;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The bundle as KML 2.2 for Google Earth: the track as a line at its altitudes, every fix as a timed
 * placemark (the time slider replays the flight), the alert, the expected route along the ground, and
 * the watched places, circles drawn as rings. Written with the platform's XML writer, so that no name
 * or summary can break the document.
 */
final class FixesKml {

    private static final String KML = "http://www.opengis.net/kml/2.2";
    private static final int RING_POINTS = 72;

    private FixesKml() {
    }

    static String render(String title, List<EvidenceFix> fixes, AlertView alert, ExpectedRoute route,
            List<Place> places) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("kml");
            x.writeDefaultNamespace(KML);
            x.writeStartElement("Document");
            text(x, "name", title);
            style(x, "track", "ff0000ff", 3);
            style(x, "route", "ff00ffff", 2);
            style(x, "place", "ff0080ff", 2);
            folder(x, "Track");
            if (fixes.size() >= 2) {
                x.writeStartElement("Placemark");
                text(x, "name", fixes.get(0).subject() + " " + fixes.get(0).instant() + " – "
                        + fixes.get(fixes.size() - 1).instant());
                text(x, "styleUrl", "#track");
                x.writeStartElement("LineString");
                text(x, "altitudeMode", "absolute");
                StringBuilder coordinates = new StringBuilder();
                fixes.forEach(f -> coordinate(coordinates, f.lon(), f.lat(), f.altitudeM()));
                text(x, "coordinates", coordinates.toString().trim());
                x.writeEndElement();
                x.writeEndElement();
            }
            for (EvidenceFix f : fixes) {
                x.writeStartElement("Placemark");
                text(x, "name", f.instant().toString());
                text(x, "description", describe(f));
                x.writeStartElement("TimeStamp");
                text(x, "when", f.instant().toString());
                x.writeEndElement();
                point(x, f.lon(), f.lat(), f.altitudeM());
                x.writeEndElement();
            }
            x.writeEndElement();
            if (alert != null && alert.position() != null) {
                x.writeStartElement("Placemark");
                text(x, "name", alert.type() + " (alert " + alert.id() + ")");
                text(x, "description", alert.time() + ": " + alert.summary());
                point(x, alert.position().lon(), alert.position().lat(),
                        alert.position().altitudeM() == null ? Double.NaN : alert.position().altitudeM());
                x.writeEndElement();
            }
            if (route != null && route.points().size() >= 2) {
                folder(x, "Expected route");
                x.writeStartElement("Placemark");
                text(x, "name", String.join(" → ", route.points().stream().map(ExpectedRoute.Point::ident).toList()));
                text(x, "styleUrl", "#route");
                x.writeStartElement("LineString");
                text(x, "tessellate", "1");
                StringBuilder coordinates = new StringBuilder();
                route.points().forEach(p -> coordinate(coordinates, p.lon(), p.lat(), Double.NaN));
                text(x, "coordinates", coordinates.toString().trim());
                x.writeEndElement();
                x.writeEndElement();
                x.writeEndElement();
            }
            if (!places.isEmpty()) {
                folder(x, "Watched places");
                for (Place place : places) {
                    placemark(x, place);
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing KML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void placemark(XMLStreamWriter x, Place place) throws XMLStreamException {
        x.writeStartElement("Placemark");
        text(x, "name", place.name() + (place.ident() == null ? "" : " (" + place.ident() + ")"));
        text(x, "description", place.kind() + ": " + place.why());
        text(x, "styleUrl", "#place");
        x.writeStartElement("MultiGeometry");
        point(x, place.lon(), place.lat(), Double.NaN);
        if (place.radiusKm() > 0) {
            x.writeStartElement("LineString");
            text(x, "tessellate", "1");
            StringBuilder ring = new StringBuilder();
            for (int i = 0; i <= RING_POINTS; i++) {
                var p = Geodesy.destination(place.lat(), place.lon(), 360.0 * i / RING_POINTS, place.radiusKm());
                coordinate(ring, p.lon(), p.lat(), Double.NaN);
            }
            text(x, "coordinates", ring.toString().trim());
            x.writeEndElement();
        } else if (place.geometry() != null) {
            for (var ring : GeometryRings.of(place.geometry())) {
                x.writeStartElement("LineString");
                text(x, "tessellate", "1");
                StringBuilder coordinates = new StringBuilder();
                ring.forEach(c -> coordinate(coordinates, c[0], c[1], Double.NaN));
                text(x, "coordinates", coordinates.toString().trim());
                x.writeEndElement();
            }
        }
        x.writeEndElement();
        x.writeEndElement();
    }

    private static String describe(EvidenceFix f) {
        StringBuilder s = new StringBuilder(f.subject());
        if (!Double.isNaN(f.altitudeM())) {
            s.append(String.format(Locale.ROOT, ", %.0f m", f.altitudeM()));
        }
        if (!Double.isNaN(f.groundSpeedMps())) {
            s.append(String.format(Locale.ROOT, ", %.0f m/s", f.groundSpeedMps()));
        }
        if (!Double.isNaN(f.trackDeg())) {
            s.append(String.format(Locale.ROOT, ", track %03.0f°", f.trackDeg()));
        }
        s.append(", from ").append(f.source());
        if (f.receivedAt() != null) {
            s.append(", received ").append(f.receivedAt());
        }
        return s.toString();
    }

    private static void folder(XMLStreamWriter x, String name) throws XMLStreamException {
        x.writeStartElement("Folder");
        text(x, "name", name);
    }

    private static void style(XMLStreamWriter x, String id, String colour, int width) throws XMLStreamException {
        x.writeStartElement("Style");
        x.writeAttribute("id", id);
        x.writeStartElement("LineStyle");
        text(x, "color", colour);
        text(x, "width", String.valueOf(width));
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void point(XMLStreamWriter x, double lon, double lat, double altitudeM) throws XMLStreamException {
        x.writeStartElement("Point");
        if (!Double.isNaN(altitudeM)) {
            text(x, "altitudeMode", "absolute");
        }
        StringBuilder c = new StringBuilder();
        coordinate(c, lon, lat, altitudeM);
        text(x, "coordinates", c.toString().trim());
        x.writeEndElement();
    }

    private static void coordinate(StringBuilder out, double lon, double lat, double altitudeM) {
        out.append(String.format(Locale.ROOT, "%.6f,%.6f", lon, lat));
        if (!Double.isNaN(altitudeM)) {
            out.append(String.format(Locale.ROOT, ",%.1f", altitudeM));
        }
        out.append(' ');
    }

    private static void text(XMLStreamWriter x, String element, String value) throws XMLStreamException {
        x.writeStartElement(element);
        x.writeCharacters(value == null ? "" : xmlChars(value));
        x.writeEndElement();
    }

    /** The writer escapes markup but not characters XML 1.0 forbids (controls, lone surrogates): dropped here. */
    static String xmlChars(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            boolean allowed = pair || c == '\t' || c == '\n' || c == '\r'
                    || c >= 0x20 && c <= 0xFFFD && !Character.isSurrogate(c);
            if (!allowed && out == null) {
                out = new StringBuilder(value.substring(0, i));
            } else if (allowed && out != null) {
                out.append(c);
                if (pair) {
                    out.append(value.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? value : out.toString();
    }
}
