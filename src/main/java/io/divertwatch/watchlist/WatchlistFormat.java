package io.divertwatch.watchlist;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.common.ApiException;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The list formats an import accepts. */
enum WatchlistFormat {

    /** The US OFAC SDN list's {@code sdn.csv}. */
    OFAC_SDN("ofac-sdn", "OFAC SDN"),
    /** FollowTheMoney entities as JSON lines, as OpenSanctions exports them. */
    FTM("ftm", "OpenSanctions"),
    /** One registration or address per line. */
    PLAIN("plain", "plain list");

    private final String label;
    private final String defaultName;

    WatchlistFormat(String label, String defaultName) {
        this.label = label;
        this.defaultName = defaultName;
    }

    String label() {
        return label;
    }

    /** The name a list of this format gets when the import names none. */
    String defaultName() {
        return defaultName;
    }

    ListedEntity.Parsed parse(BufferedReader in, ObjectMapper json) throws IOException {
        return switch (this) {
            case OFAC_SDN -> OfacSdnCsv.parse(in);
            case FTM -> FtmJsonLines.parse(in, json);
            case PLAIN -> PlainList.parse(in);
        };
    }

    /** The format named, or a 400 naming the ones accepted. */
    static WatchlistFormat named(String name) {
        for (WatchlistFormat f : values()) {
            if (f.label.equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw ApiException.badRequest("format '" + name + "' is not one of " + accepted());
    }

    /** The format a body's first line shows: sdn.csv, JSON objects, or else a plain list. */
    static WatchlistFormat recognise(String firstLine) {
        String line = firstLine == null ? "" : firstLine.replace("\uFEFF", "").trim();
        if (line.startsWith("{")) {
            return FTM;
        }
        return OfacSdnCsv.recognises(line) ? OFAC_SDN : PLAIN;
    }

    static String accepted() {
        return Arrays.stream(values()).map(WatchlistFormat::label).collect(Collectors.joining(", "));
    }
}
