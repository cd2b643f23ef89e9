package io.divertwatch.ais;

import io.divertwatch.ais.AisMessage.Position;
import io.divertwatch.ais.AisMessage.Statics;

/**
 * Decodes the AIS messages a vessel watch needs from their bits (ITU-R M.1371-5): position reports
 * (types 1, 2, 3; class B 18 and 19; long-range 27) and static and voyage data (5; 19; 24 parts A and
 * B). Other types keep their type and sender. Scaling follows the standard: positions in 1/10,000
 * minute (1/10 minute for type 27), speeds in 1/10 knot, courses in 1/10 degree.
 */
final class AisDecoder {

    private static final double NO_SPEED = Double.NaN;

    private AisDecoder() {
    }

    static AisMessage decode(SixBits bits, long receivedAt) throws AisFormatException {
        if (bits.length() < 38) {
            throw new AisFormatException("payload of " + bits.length() + " bits is shorter than any AIS message");
        }
        int type = bits.unsignedInt(0, 6);
        int mmsi = bits.unsignedInt(8, 30);
        return switch (type) {
            case 1, 2, 3 -> new AisMessage(type, mmsi, classA(bits, type), null, receivedAt);
            case 5 -> new AisMessage(type, mmsi, null, voyage(bits), receivedAt);
            case 18 -> new AisMessage(type, mmsi, classB(bits, type), null, receivedAt);
            case 19 -> new AisMessage(type, mmsi, classB(bits, type), extendedStatics(bits), receivedAt);
            case 24 -> new AisMessage(type, mmsi, null, partOf24(bits, mmsi), receivedAt);
            case 27 -> new AisMessage(type, mmsi, longRange(bits), null, receivedAt);
            default -> new AisMessage(type, mmsi, null, null, receivedAt);
        };
    }

    private static void require(SixBits bits, int type, int minimum) throws AisFormatException {
        if (bits.length() < minimum) {
            throw new AisFormatException("type " + type + " needs " + minimum + " bits, the payload has "
                    + bits.length());
        }
    }

    private static Position classA(SixBits bits, int type) throws AisFormatException {
        require(bits, type, 149);
        return new Position(bits.unsignedInt(38, 4), speed(bits.unsignedInt(50, 10)), bits.flag(60),
                lon(bits.signed(61, 28), 600_000.0), lat(bits.signed(89, 27), 600_000.0), course(bits.unsignedInt(116, 12)),
                heading(bits.unsignedInt(128, 9)), bits.unsignedInt(137, 6), bits.flag(148));
    }

    /** Types 18 and 19 share the position layout; the RAIM flag sits elsewhere. */
    private static Position classB(SixBits bits, int type) throws AisFormatException {
        require(bits, type, type == 18 ? 148 : 306);
        return new Position(-1, speed(bits.unsignedInt(46, 10)), bits.flag(56), lon(bits.signed(57, 28), 600_000.0),
                lat(bits.signed(85, 27), 600_000.0), course(bits.unsignedInt(112, 12)), heading(bits.unsignedInt(124, 9)),
                bits.unsignedInt(133, 6), bits.flag(type == 18 ? 147 : 305));
    }

    private static Position longRange(SixBits bits) throws AisFormatException {
        require(bits, 27, 95);
        int speed = bits.unsignedInt(79, 6);
        int course = bits.unsignedInt(85, 9);
        return new Position(bits.unsignedInt(40, 4), speed == 63 ? NO_SPEED : speed, bits.flag(38),
                lon(bits.signed(44, 18), 600.0), lat(bits.signed(62, 17), 600.0), course == 511 ? Double.NaN : course,
                AisMessage.NO_HEADING, 60, bits.flag(39));
    }

    private static Statics voyage(SixBits bits) throws AisFormatException {
        require(bits, 5, 420);
        int month = bits.unsignedInt(274, 4);
        int day = bits.unsignedInt(278, 5);
        int hour = bits.unsignedInt(283, 5);
        int minute = bits.unsignedInt(288, 6);
        String eta = month == 0 && day == 0 ? null : String.format("%02d-%02dT%02d:%02dZ", month, day, hour, minute);
        return new Statics((char) 0, bits.unsignedInt(40, 30), bits.text(70, 7), bits.text(112, 20),
                bits.unsignedInt(232, 8), bits.unsignedInt(240, 9), bits.unsignedInt(249, 9), bits.unsignedInt(258, 6),
                bits.unsignedInt(264, 6), bits.unsignedInt(294, 8) / 10.0, bits.text(302, 20), eta, null, 0, 0, 0);
    }

    private static Statics extendedStatics(SixBits bits) {
        return new Statics((char) 0, 0, null, bits.text(143, 20), bits.unsignedInt(263, 8), bits.unsignedInt(271, 9),
                bits.unsignedInt(280, 9), bits.unsignedInt(289, 6), bits.unsignedInt(295, 6), Double.NaN, null, null,
                null, 0, 0, 0);
    }

    private static Statics partOf24(SixBits bits, int mmsi) throws AisFormatException {
        int part = bits.unsignedInt(38, 2);
        if (part == 0) {
            require(bits, 24, 160);
            return new Statics('A', 0, null, bits.text(40, 20), 0, 0, 0, 0, 0, Double.NaN, null, null, null, 0, 0, 0);
        }
        if (part != 1) {
            throw new AisFormatException("type 24 part number " + part + " is neither A (0) nor B (1)");
        }
        require(bits, 24, 162);
        // An auxiliary craft (MMSI 98xxxxxxx) gives its mother ship's MMSI where others give dimensions.
        boolean auxiliary = mmsi / 10_000_000 == 98;
        return new Statics('B', 0, bits.text(90, 7), null, bits.unsignedInt(40, 8),
                auxiliary ? 0 : bits.unsignedInt(132, 9), auxiliary ? 0 : bits.unsignedInt(141, 9),
                auxiliary ? 0 : bits.unsignedInt(150, 6), auxiliary ? 0 : bits.unsignedInt(156, 6), Double.NaN, null,
                null, bits.text(48, 3), bits.unsignedInt(66, 4), bits.unsignedInt(70, 20),
                auxiliary ? bits.unsignedInt(132, 30) : 0);
    }

    private static double speed(int tenthsOfKnot) {
        return tenthsOfKnot == 1023 ? NO_SPEED : tenthsOfKnot / 10.0;
    }

    private static double course(int tenthsOfDegree) {
        return tenthsOfDegree >= 3600 ? Double.NaN : tenthsOfDegree / 10.0;
    }

    private static int heading(int degrees) {
        return degrees >= 360 ? AisMessage.NO_HEADING : degrees;
    }

    private static double lon(int raw, double perDegree) {
        double deg = raw / perDegree;
        return Math.abs(deg) > 180 ? Double.NaN : deg;
    }

    private static double lat(int raw, double perDegree) {
        double deg = raw / perDegree;
        return Math.abs(deg) > 90 ? Double.NaN : deg;
    }
}
