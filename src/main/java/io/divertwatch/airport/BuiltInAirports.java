package io.divertwatch.airport;

import static io.divertwatch.geo.AirportType.LARGE_AIRPORT;
import static io.divertwatch.geo.AirportType.MEDIUM_AIRPORT;
import static io.divertwatch.geo.AirportType.SMALL_AIRPORT;

import io.divertwatch.geo.Airport;
import io.divertwatch.geo.AirportType;

import java.util.List;

/**
 * A small airport list written by hand from published aerodrome coordinates, so that the service
 * starts and detects offline: the motivating route (Shanghai → Moscow), the airports along and near
 * it, every North Korean airport an airliner can use, and a few dozen world hubs.
 * The full OurAirports file replaces it as soon as it can be read.
 */
public final class BuiltInAirports {

    private BuiltInAirports() {
    }

    public static List<Airport> all() {
        return List.of(
                // North Korea
                a("ZKPY", LARGE_AIRPORT, "Pyongyang Sunan International Airport", 39.2241, 125.6700, 117, "KP", "FNJ"),
                a("ZKWS", MEDIUM_AIRPORT, "Wonsan Kalma Airport", 39.1652, 127.4879, 7, "KP", "WOS"),
                a("ZKSD", MEDIUM_AIRPORT, "Sondok Airport", 39.7452, 127.4740, 12, "KP", "DSO"),
                a("ZKHM", MEDIUM_AIRPORT, "Orang (Chongjin) Airport", 41.4285, 129.6476, 12, "KP", "RGO"),
                a("ZKSC", MEDIUM_AIRPORT, "Sunchon Air Base", 39.4125, 125.8903, 141, "KP", ""),
                a("ZKSE", SMALL_AIRPORT, "Samjiyon Airport", 41.9071, 128.4098, 4547, "KP", "YJS"),
                a("ZKUJ", SMALL_AIRPORT, "Uiju Airport", 40.1500, 124.5011, 32, "KP", "UJU"),
                // China, Korea, Japan
                a("ZSPD", LARGE_AIRPORT, "Shanghai Pudong International Airport", 31.1434, 121.8050, 13, "CN", "PVG"),
                a("ZSSS", LARGE_AIRPORT, "Shanghai Hongqiao International Airport", 31.1981, 121.3343, 10, "CN", "SHA"),
                a("ZBAA", LARGE_AIRPORT, "Beijing Capital International Airport", 40.0773, 116.5967, 116, "CN", "PEK"),
                a("ZBAD", LARGE_AIRPORT, "Beijing Daxing International Airport", 39.5013, 116.4140, 98, "CN", "PKX"),
                a("ZYTL", LARGE_AIRPORT, "Dalian Zhoushuizi International Airport", 38.9657, 121.5385, 107, "CN", "DLC"),
                a("ZYTX", LARGE_AIRPORT, "Shenyang Taoxian International Airport", 41.6398, 123.4837, 198, "CN", "SHE"),
                a("ZYHB", LARGE_AIRPORT, "Harbin Taiping International Airport", 45.6234, 126.2500, 457, "CN", "HRB"),
                a("ZYYJ", MEDIUM_AIRPORT, "Yanji Chaoyangchuan Airport", 42.8828, 129.4510, 624, "CN", "YNJ"),
                a("VHHH", LARGE_AIRPORT, "Hong Kong International Airport", 22.3118, 113.9149, 28, "HK", "HKG"),
                a("RKSI", LARGE_AIRPORT, "Incheon International Airport", 37.4691, 126.4510, 23, "KR", "ICN"),
                a("RJTT", LARGE_AIRPORT, "Tokyo Haneda International Airport", 35.5497, 139.7870, 35, "JP", "HND"),
                a("RJAA", LARGE_AIRPORT, "Narita International Airport", 35.7686, 140.3887, 141, "JP", "NRT"),
                // Mongolia, Russia, Central Asia
                a("ZMCK", LARGE_AIRPORT, "Ulaanbaatar Chinggis Khaan International Airport", 47.6469, 106.8198, 4482, "MN", "UBN"),
                a("UHWW", LARGE_AIRPORT, "Vladivostok International Airport", 43.3963, 132.1482, 59, "RU", "VVO"),
                a("UHHH", MEDIUM_AIRPORT, "Khabarovsk Novy Airport", 48.5283, 135.1886, 244, "RU", "KHV"),
                a("UIII", LARGE_AIRPORT, "Irkutsk International Airport", 52.2667, 104.3956, 1675, "RU", "IKT"),
                a("UNKL", LARGE_AIRPORT, "Krasnoyarsk International Airport", 56.1757, 92.4858, 942, "RU", "KJA"),
                a("UNNT", LARGE_AIRPORT, "Novosibirsk Tolmachevo Airport", 55.0198, 82.6187, 365, "RU", "OVB"),
                a("UNOO", LARGE_AIRPORT, "Omsk Central Airport", 54.9631, 73.3124, 311, "RU", "OMS"),
                a("USSS", LARGE_AIRPORT, "Koltsovo Airport", 56.7431, 60.8027, 764, "RU", "SVX"),
                a("UWWW", LARGE_AIRPORT, "Kurumoch International Airport", 53.5049, 50.1643, 477, "RU", "KUF"),
                a("UUEE", LARGE_AIRPORT, "Sheremetyevo International Airport", 55.9769, 37.4112, 622, "RU", "SVO"),
                a("UUDD", LARGE_AIRPORT, "Domodedovo International Airport", 55.4088, 37.9063, 588, "RU", "DME"),
                a("UUWW", LARGE_AIRPORT, "Vnukovo International Airport", 55.5915, 37.2615, 685, "RU", "VKO"),
                a("UAAA", LARGE_AIRPORT, "Almaty International Airport", 43.3543, 77.0428, 2234, "KZ", "ALA"),
                // World hubs
                a("EGLL", LARGE_AIRPORT, "London Heathrow Airport", 51.4707, -0.4599, 83, "GB", "LHR"),
                a("EDDF", LARGE_AIRPORT, "Frankfurt Main Airport", 50.0267, 8.5584, 364, "DE", "FRA"),
                a("LFPG", LARGE_AIRPORT, "Charles de Gaulle International Airport", 49.0090, 2.5541, 392, "FR", "CDG"),
                a("EHAM", LARGE_AIRPORT, "Amsterdam Airport Schiphol", 52.3086, 4.7639, -11, "NL", "AMS"),
                a("LTFM", LARGE_AIRPORT, "Istanbul Airport", 41.2749, 28.7321, 325, "TR", "IST"),
                a("OMDB", LARGE_AIRPORT, "Dubai International Airport", 25.2498, 55.3710, 62, "AE", "DXB"),
                a("WSSS", LARGE_AIRPORT, "Singapore Changi Airport", 1.3502, 103.9940, 22, "SG", "SIN"),
                a("KJFK", LARGE_AIRPORT, "John F. Kennedy International Airport", 40.6394, -73.7793, 13, "US", "JFK"),
                a("KLAX", LARGE_AIRPORT, "Los Angeles International Airport", 33.9425, -118.4080, 125, "US", "LAX"));
    }

    private static Airport a(String ident, AirportType type, String name, double lat, double lon, int elevationFt,
            String country, String iata) {
        return new Airport(ident, type, name, lat, lon, elevationFt * 0.3048, country, iata);
    }
}
