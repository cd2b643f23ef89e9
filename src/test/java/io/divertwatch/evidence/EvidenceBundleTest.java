package io.divertwatch.evidence;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.aircraft.StoredFixes;
import io.divertwatch.aircraft.StoredFixes.StoredFix;
import io.divertwatch.alert.AlertService;
import io.divertwatch.detect.AlertType;
import io.divertwatch.detect.Candidate;
import io.divertwatch.detect.Detection;
import io.divertwatch.detect.Severity;
import io.divertwatch.track.Fix;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Evidence bundles of a stored alert and of an aircraft window: every file's hash checks (by
 * {@code sha256sum -c} itself), the KML parses as KML 2.2, the GeoJSON and CSV hold every stored fix
 * with its feed and receive time, and bad requests are 400s.
 */
@QuarkusTest
class EvidenceBundleTest {

    private static final String ICAO24 = "e5e001";
    /** Sixty fixes a minute apart over the Yellow Sea, climbing north-north-east toward Pyongyang. */
    private static final long T0 = 1_790_000_000L;
    private static final int FIXES = 60;

    @Inject
    StoredFixes stored;
    @Inject
    AlertService alerts;

    @Test
    void anAlertsBundleHoldsItsStoredFixesInThreeFormatsAndEveryHashChecks(@TempDir Path dir) throws Exception {
        long id = storeFlightAndAlert();

        byte[] zip = given().get("/api/v1/alerts/" + id + "/evidence").then().statusCode(200)
                .contentType("application/zip").header("Content-Disposition",
                        containsString("divertwatch-alert-" + id + ".zip")).extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        String folder = "divertwatch-alert-" + id + "/";
        assertThat(files.keySet()).containsExactlyInAnyOrder(folder + "alert.json", folder + "fixes.csv",
                folder + "track.geojson", folder + "track.kml", folder + "route.json", folder + "places.json",
                folder + "manifest.json", folder + "README.txt", folder + "SHA256SUMS");
        checkWithSha256sum(files, dir);

        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(files.get(folder + "manifest.json"));
        assertThat(manifest.get("subject").get("alertId").asLong()).isEqualTo(id);
        assertThat(manifest.get("subject").get("fixes").asInt()).isEqualTo(FIXES);
        for (JsonNode f : manifest.get("files")) {
            assertThat(f.get("sha256").asText()).isEqualTo(sha256(files.get(folder + f.get("name").asText())));
        }
        assertThat(manifest.get("data").findValuesAsText("kind")).contains("airports", "register");

        assertThat(json.readTree(files.get(folder + "alert.json")).get("id").asLong()).isEqualTo(id);
        assertThat(json.readTree(files.get(folder + "route.json")).get("points").findValuesAsText("ident"))
                .containsExactly("ZSPD", "UUEE");
        assertThat(json.readTree(files.get(folder + "places.json")).findValuesAsText("ident")).contains("ZKPY");

        List<String> csv = new String(files.get(folder + "fixes.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(csv).hasSize(FIXES + 1);
        assertThat(csv.get(0)).isEqualTo(FixesCsv.HEADER);
        assertThat(csv.get(1)).startsWith(Instant.ofEpochSecond(T0) + "," + T0 + "," + ICAO24 + ",TST77,")
                .contains(",opensky,").endsWith(Instant.ofEpochSecond(T0 + 4).toString());

        JsonNode geojson = json.readTree(files.get(folder + "track.geojson"));
        List<String> roles = geojson.get("features").findValuesAsText("role");
        assertThat(roles.stream().filter("fix"::equals)).hasSize(FIXES);
        assertThat(roles).contains("track", "alert", "expected-route", "watched-airport");
        assertThat(geojson.get("features").get(0).get("geometry").get("coordinates")).hasSize(FIXES);

        Document kml = parse(files.get(folder + "track.kml"));
        assertThat(kml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.opengis.net/kml/2.2");
        assertThat(kml.getDocumentElement().getLocalName()).isEqualTo("kml");
        // The track line, one per fix, the alert, the expected route and ZKPY (with its 100 km ring).
        assertThat(kml.getElementsByTagNameNS("*", "Placemark").getLength()).isEqualTo(1 + FIXES + 1 + 1 + 1);
        assertThat(kml.getElementsByTagNameNS("*", "TimeStamp").getLength()).isEqualTo(FIXES);

        byte[] tarGz = given().queryParam("format", "tar.gz").get("/api/v1/alerts/" + id + "/evidence").then()
                .statusCode(200).contentType("application/gzip").extract().asByteArray();
        Map<String, byte[]> fromTar = untarGz(tarGz);
        assertThat(fromTar.keySet()).isEqualTo(files.keySet());
        checkWithSha256sum(fromTar, dir.resolve("tar"));
    }

    @Test
    void anAircraftWindowIsABundleAndBadWindowsAreRefused(@TempDir Path dir) throws Exception {
        storeFlightAndAlert();
        String from = Instant.ofEpochSecond(T0 + 600).toString();
        String to = Instant.ofEpochSecond(T0 + 1800).toString();
        byte[] zip = given().queryParam("from", from).queryParam("to", to).get("/api/v1/aircraft/" + ICAO24
                + "/evidence").then().statusCode(200).contentType("application/zip").extract().asByteArray();
        Map<String, byte[]> files = unzip(zip);
        checkWithSha256sum(files, dir);
        // Minutes 10 to 30, both ends included.
        assertThat(file(files, "fixes.csv").lines().count()).isEqualTo(1 + 21);
        assertThat(files.keySet()).noneMatch(name -> name.endsWith("alert.json"));
        // By minute 30 it is 130 km from Pyongyang.
        assertThat(file(files, "places.json")).contains("ZKPY").contains("the track came within");

        String path = "/api/v1/aircraft/" + ICAO24 + "/evidence";
        given().queryParam("to", to).get(path).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("from is required"));
        given().queryParam("from", to).queryParam("to", from).get(path).then().statusCode(400)
                .body("detail", containsString("after"));
        given().queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-02-01T00:00:00Z").get(path)
                .then().statusCode(400).body("detail", containsString("7 days"));
        given().queryParam("from", "yesterday").queryParam("to", to).get(path).then().statusCode(400);
        given().queryParam("from", from).queryParam("to", to).queryParam("format", "rar").get(path).then()
                .statusCode(400).body("detail", containsString("zip or tar.gz"));
        given().queryParam("from", "2020-01-01T00:00:00Z").queryParam("to", "2020-01-02T00:00:00Z").get(path).then()
                .statusCode(404);
        given().queryParam("from", from).queryParam("to", to).get("/api/v1/aircraft/zz/evidence").then()
                .statusCode(400);
        given().get("/api/v1/alerts/99999999/evidence").then().statusCode(404);
    }

    /** Stores the fixes (once per application) and raises an alert on them; returns the alert's id. */
    private long storeFlightAndAlert() {
        if (stored.between(T0, T0 + FIXES * 60, ICAO24).isEmpty()) {
            List<StoredFix> fixes = new ArrayList<>();
            for (int i = 0; i < FIXES; i++) {
                Fix f = new Fix(T0 + i * 60L, 37.0 + i * 0.04, 124.0 + i * 0.02, 3_000 + i * 100, false, 220, 20, 5,
                        null, "opensky");
                fixes.add(new StoredFix(ICAO24, "TST77", f, Instant.ofEpochSecond(f.time() + 4)));
            }
            stored.save(fixes);
        }
        Fix at = new Fix(T0 + 1800, 37.0 + 30 * 0.04, 124.0 + 30 * 0.02, 6_000, false, 220, 20, 5, null, "opensky");
        Detection d = new Detection(ICAO24 + "|" + T0 + "|DIVERSION_SUSPECTED|" + System.nanoTime(),
                AlertType.DIVERSION_SUSPECTED, Severity.CRITICAL, at.time(), ICAO24, "TST77", null, "ZKPY",
                List.of(new Candidate("ZKPY", "Pyongyang Sunan International Airport", 650, 2, true, 0.9)), "ZSPD",
                "UUEE", at, "TST77 may be diverting <to> \"ZKPY\" & more.", List.of(at), null, null, null);
        List<io.divertwatch.alert.Alert> raised = alerts.record(List.of(d));
        return raised.isEmpty() ? given().queryParam("icao24", ICAO24).get("/api/v1/alerts").then().extract()
                .jsonPath().getLong("[0].id") : raised.get(0).id;
    }

    /** Writes the files out and runs the real {@code sha256sum -c} over them, as a reader of the bundle would. */
    private static void checkWithSha256sum(Map<String, byte[]> files, Path dir) throws Exception {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = dir.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        Path folder = dir.resolve(files.keySet().iterator().next()).getParent();
        Process check = new ProcessBuilder("sha256sum", "-c", "SHA256SUMS").directory(folder.toFile())
                .redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();
        assertThat(output.lines()).hasSize(files.size() - 1).allMatch(line -> line.endsWith(": OK"));
    }

    private static String file(Map<String, byte[]> files, String name) {
        return new String(files.entrySet().stream().filter(e -> e.getKey().endsWith("/" + name)).findFirst()
                .orElseThrow().getValue(), StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static Map<String, byte[]> untarGz(byte[] tarGz) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream gz = new GzipCompressorInputStream(new ByteArrayInputStream(tarGz));
                TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                files.put(e.getName(), tar.readAllBytes());
            }
        }
        return files;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
