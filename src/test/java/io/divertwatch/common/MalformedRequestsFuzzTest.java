package io.divertwatch.common;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.divertwatch.support.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Thousands of malformed requests, drawn from a fixed seed, to every endpoint that writes: mutated
 * valid bodies, values of the wrong type, deep nesting, control characters, bytes that are not UTF-8,
 * odd content types and odd path parameters. None may answer 5xx; every 4xx must be a problem
 * document; the service must still answer reads afterwards.
 */
@QuarkusTest
class MalformedRequestsFuzzTest {

    private static final long SEED = 20_261_207L;
    private static final int PER_TARGET = 250;

    private record Target(String method, String path, String contentType, String validBody) {
    }

    private static final String TRACK = "timestamp_epoch_s,icao24,callsign,lat,lon,baro_altitude_m,on_ground,"
            + "velocity_mps,true_track_deg,vertical_rate_mps\n1376233650,f3f32f,EJA943,37.15,-107.83,3383.3,false,"
            + "119.81,335.5,18.19\n1376233660,f3f32f,EJA943,37.16,-107.84,3400,false,120,335,18\n";

    private static final List<Target> TARGETS = List.of(
            new Target("POST", "/api/v1/watches", "application/json", "{\"icao24\": \"155f3a\", \"callsign\": \"ABC123\","
                    + " \"label\": \"cargo\", \"route\": {\"origin\": \"ZSPD\", \"destination\": \"UUEE\", \"via\": [\"ZBAA\"]},"
                    + " \"corridorKm\": 150}"),
            new Target("PUT", "/api/v1/watches/{id}", "application/json", "{\"icao24\": \"155f3b\", \"label\": \"x\"}"),
            new Target("POST", "/api/v1/watched-airports", "application/json",
                    "{\"icao\": \"UHWW\", \"radiusKm\": 100, \"anyAircraft\": true, \"note\": \"Vladivostok\"}"),
            new Target("POST", "/api/v1/geofences", "application/geo+json", "{\"type\": \"Feature\", \"properties\":"
                    + " {\"name\": \"box\", \"anyAircraft\": true}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\":"
                    + " [[[124, 37.6], [131, 37.6], [131, 43], [124, 43], [124, 37.6]]]}}"),
            new Target("POST", "/api/v1/webhooks", "application/json",
                    "{\"url\": \"https://93.184.215.14/hook\", \"types\": [\"DIVERTED\"], \"format\": \"slack\"}"),
            new Target("POST", "/api/v1/api-keys", "application/json", "{\"name\": \"analyst\", \"role\": \"viewer\"}"),
            new Target("POST", "/api/v1/analyses?destination=KSUN&origin=KDRO", "text/csv", TRACK),
            new Target("POST", "/api/v1/alerts/{id}/ack", null, ""),
            new Target("POST", "/api/v1/webhooks/{id}/deliveries/{id}/redeliver", null, ""),
            new Target("DELETE", "/api/v1/watches/{id}", null, ""),
            new Target("DELETE", "/api/v1/watched-airports/{id}", null, ""),
            new Target("DELETE", "/api/v1/geofences/{id}", null, ""));

    private static final String[] CONTENT_TYPES = { "application/json", "text/plain", "application/xml", "text/csv",
            "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1" };
    private static final String[] JUNK = { "\u0000", "\u001b[2J", "\n", "\r\n", "\"", "\\", "{", "}", "[", "]", ",",
            ":", "null", "true", "1e400", "-0", "9223372036854775808", "\ud800", "\u2028", "é", "𝄞", "NaN", "'",
            "%00", "../", "<script>", "\uFEFF" };

    @TestHTTPResource("/")
    URL root;

    @Test
    void noMalformedRequestCausesAServerErrorAndEveryRefusalIsAProblemDocument() throws Exception {
        String base = root.toString().replaceAll("/$", "");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Random random = new Random(SEED);
        Map<String, List<Object>> before = existing();
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Target target : TARGETS) {
            for (int i = 0; i < PER_TARGET; i++) {
                String path = target.path().replace("{id}", pathParameter(random));
                String contentType = random.nextInt(5) == 0 ? CONTENT_TYPES[random.nextInt(CONTENT_TYPES.length)]
                        : target.contentType();
                byte[] body = body(random, target.validBody());
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + Api.ADMIN_KEY)
                        .method(target.method(), body.length > 0 || random.nextBoolean()
                                ? HttpRequest.BodyPublishers.ofByteArray(body) : HttpRequest.BodyPublishers.noBody());
                if (contentType != null) {
                    request.header("Content-Type", contentType);
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                sent++;
                String problem = check(response);
                if (problem != null && failures.size() < 20) {
                    failures.add(target.method() + " " + path + " [" + new String(body, StandardCharsets.UTF_8)
                            .replaceAll("\\p{Cntrl}", "?").substring(0, Math.min(body.length, 120)) + "]: " + problem);
                }
            }
        }
        removeWhatTheFuzzCreated(before);
        assertThat(failures).as("of %d requests (seed %d)", sent, SEED).isEmpty();
        given().get("/api/v1/alerts").then().statusCode(200);
        given().get("/api/v1/watches").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    /** The collections the fuzz may add to, and what is in them, so that other tests find them as they were. */
    private static final Map<String, String> COLLECTIONS = Map.of("/api/v1/watches", "id", "/api/v1/geofences",
            "features.id", "/api/v1/webhooks", "id", "/api/v1/api-keys", "id", "/api/v1/watched-airports", "icao");

    private static Map<String, List<Object>> existing() {
        Map<String, List<Object>> ids = new HashMap<>();
        COLLECTIONS.forEach((path, id) -> ids.put(path, given().queryParam("limit", 1000).get(path).then()
                .statusCode(200).extract().path(id)));
        return ids;
    }

    private static void removeWhatTheFuzzCreated(Map<String, List<Object>> before) {
        existing().forEach((path, ids) -> ids.stream().filter(id -> !before.get(path).contains(id))
                .forEach(id -> given().delete(path + "/" + id).then().statusCode(204)));
    }

    /** What is wrong with an answer, or null when it is one a client can act on. */
    private static String check(HttpResponse<String> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return "answered " + status + ": " + response.body();
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse(null);
            if (type == null || !type.startsWith("application/problem+json")) {
                return "answered " + status + " as " + type + ": " + response.body();
            }
            JsonPath problem = JsonPath.from(response.body());
            Integer documented = problem.get("status");
            if (documented == null || documented != status || problem.getString("detail") == null) {
                return "answered " + status + " with a problem lacking status or detail: " + response.body();
            }
        }
        return null;
    }

    private static String pathParameter(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> Long.toString(900_000 + random.nextInt(50));
            case 1 -> Long.toString(random.nextLong());
            case 2 -> "9999999999999999999999";
            case 3 -> "-1";
            case 4 -> "%20x%0A";
            default -> "QQ" + (char) ('A' + random.nextInt(26)) + "Q";
        };
    }

    private static byte[] body(Random random, String valid) {
        return switch (random.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> randomBytes(random);
            case 2 -> nested(random).getBytes(StandardCharsets.UTF_8);
            case 3 -> retype(random, valid).getBytes(StandardCharsets.UTF_8);
            case 4 -> (valid + JUNK[random.nextInt(JUNK.length)]).getBytes(StandardCharsets.UTF_8);
            default -> mutate(random, valid).getBytes(StandardCharsets.UTF_8);
        };
    }

    /** A few edits of a valid body: characters dropped, doubled or replaced by junk, or the body cut short. */
    private static String mutate(Random random, String valid) {
        StringBuilder s = new StringBuilder(valid);
        for (int edits = 1 + random.nextInt(4); edits > 0 && s.length() > 0; edits--) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(4)) {
                case 0 -> s.deleteCharAt(at);
                case 1 -> s.insert(at, JUNK[random.nextInt(JUNK.length)]);
                case 2 -> s.insert(at, s.charAt(at));
                default -> s.setLength(at);
            }
        }
        return s.toString();
    }

    /** A valid body with one value replaced by a value of another type. */
    private static String retype(Random random, String valid) {
        String[] values = { "[]", "{}", "[\"155f3a\"]", "42", "-1e308", "1e999", "true", "null", "\"\"",
                "\"" + "x".repeat(5_000) + "\"", "{\"a\": [1, {\"b\": null}]}" };
        return valid.replaceFirst(":\\s*(\"[^\"]*\"|[-0-9.]+|true|false|\\[[^\\]]*\\])",
                ": " + values[random.nextInt(values.length)].replace("\\", "\\\\").replace("$", "\\$"));
    }

    private static String nested(Random random) {
        int depth = 100 + random.nextInt(5_000);
        boolean objects = random.nextBoolean();
        return (objects ? "{\"a\":" : "[").repeat(depth) + "1" + (objects ? "}" : "]").repeat(depth);
    }

    private static byte[] randomBytes(Random random) {
        byte[] bytes = new byte[random.nextInt(300)];
        random.nextBytes(bytes);
        return bytes;
    }
}
