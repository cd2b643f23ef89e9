package io.divertwatch.map;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.divertwatch.vessel.feed.SyntheticShuttle;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.awaitility.Awaitility;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The analyst map in a real browser (headless Chromium) while the demo scenario plays: the aircraft,
 * its expected route, its track, the alert where it fired and the live alert list are drawn, offline
 * on the bundled Natural Earth land, coastlines and borders with a graticule. Screenshots go to
 * {@code target/screenshots/}.
 */
@QuarkusTest
@TestProfile(MapPageTest.Demo.class)
// The aircraft's alert first, while the demo flight is still on the way: later it has landed.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MapPageTest {

    public static class Demo implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("divertwatch.source", "replay", "divertwatch.replay.speed", "300",
                    "divertwatch.maritime.replay.speed", "20000",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:map;DB_CLOSE_DELAY=-1");
        }
    }

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebDriver browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        assumeTrue(installed || System.getenv("CI") != null, "Chromium and chromedriver are not installed (CI installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-dev-shm-usage", "--window-size=1400,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    @Order(1)
    void anAlertOpensOnTheMapWithItsAircraftRouteTrackAndPosition() throws Exception {
        // The analyst knows who the demo aircraft is: its label and popup say so.
        long watch = Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/watches")
                .then().extract().jsonPath().getList("findAll { it.icao24 == 'dead01' }.id", Long.class),
                ids -> !ids.isEmpty()).get(0);
        given().contentType("application/json").body("""
                {"icao24": "dead01", "callsign": "DEMO01", "registration": "RA-76592", "typeCode": "IL76",
                 "operator": "224th Flight Unit", "route": {"origin": "ZSPD", "destination": "UUEE"}}""")
                .put("/api/v1/watches/" + watch).then().statusCode(200);
        // The demo flight turns toward Pyongyang: wait for its suspicion, and for its position to be recent.
        long alertId = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().queryParam("type", "DIVERSION_SUSPECTED").get("/api/v1/alerts").then()
                        .statusCode(200).extract().jsonPath().getList("id", Long.class), ids -> !ids.isEmpty())
                .get(0);
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> given().get("/api/v1/aircraft").then()
                .extract().jsonPath().getList("icao24", String.class).contains("dead01"));

        browser.get(base.toString() + "map?alert=" + alertId);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "dead01".equals(d.findElement(By.tagName("body")).getDomAttribute("data-selected")));

        assertThat(browser.findElements(By.cssSelector(".aircraft-marker svg[data-icao24='dead01']"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector(".aircraft-marker .aircraft-label")).getText()).contains("RA-76592");
        assertThat(browser.findElement(By.id("selection-title")).getText())
                .contains("RA-76592", "IL76", "224th Flight Unit");
        assertThat(browser.findElements(By.cssSelector("path.route-leg"))).as("expected route ZSPD→UUEE").hasSize(1);
        assertThat(browser.findElements(By.cssSelector("path.track-segment"))).as("track coloured by altitude").hasSizeGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("path.alert-marker"))).as("alerts where they fired").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("path.watched-airport"))).as("watched airports").hasSizeGreaterThanOrEqualTo(4);
        assertThat(browser.findElements(By.cssSelector("path.graticule"))).as("graticule").isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".leaflet-popup-content")).getText()).contains("DIVERSION_SUSPECTED", "ZKPY");
        assertThat(browser.findElements(By.cssSelector(".leaflet-popup-content button.evidence[data-alert='" + alertId
                + "']"))).as("the evidence button").hasSize(1);
        List<WebElement> listed = browser.findElements(By.cssSelector(".alert-item a"));
        assertThat(listed).extracting(a -> a.getDomAttribute("href")).contains("/map?alert=" + alertId);
        screenshot("map-alert.png");

        // The list follows new alerts: the landing at Pyongyang appears without a reload.
        wait.withTimeout(Duration.ofSeconds(90)).until(d -> d.findElement(By.id("alerts")).getText().contains("DIVERTED"));
        screenshot("map-alert-list-live.png");
    }

    @Test
    @Order(2)
    void aMaritimeAlertOpensWithTheVesselItsTrackBrokenAtTheSilenceAndTheWatchedPorts() throws Exception {
        long alertId = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().queryParam("type", "POSSIBLE_UNDECLARED_PORT_CALL").get("/api/v1/alerts").then()
                        .statusCode(200).extract().jsonPath().getList("id", Long.class), ids -> !ids.isEmpty())
                .get(0);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/api/v1/vessels").then()
                .extract().jsonPath().getList("mmsi", Integer.class).contains(SyntheticShuttle.MMSI));

        browser.get(base.toString() + "map?alert=" + alertId);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> ("mmsi:" + SyntheticShuttle.MMSI)
                .equals(d.findElement(By.tagName("body")).getDomAttribute("data-selected")));

        assertThat(browser.findElements(By.cssSelector(".vessel-marker svg[data-mmsi='" + SyntheticShuttle.MMSI + "']")))
                .hasSize(1);
        assertThat(browser.findElement(By.id("selection-title")).getText()).contains(SyntheticShuttle.NAME);
        assertThat(browser.findElement(By.id("selection-detail")).getText()).contains("1 silence(s)");
        assertThat(browser.findElements(By.cssSelector("path.vessel-track"))).as("two stretches heard, the silence not drawn")
                .hasSize(2);
        assertThat(browser.findElements(By.cssSelector("path.gap-end"))).as("the silence's two ends").hasSize(2);
        assertThat(browser.findElements(By.cssSelector("path.watched-port"))).as("Najin, Vostochnyy, Dunay")
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.cssSelector(".leaflet-popup-content")).getText())
                .contains("POSSIBLE_UNDECLARED_PORT_CALL", "Najin");
        screenshot("map-vessel-alert.png");
    }

    @Test
    @Order(3)
    void theHomePageIsTheMap() {
        browser.get(base.toString());
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        assertThat(browser.getCurrentUrl()).endsWith("/map");
        assertThat(browser.findElements(By.cssSelector("path.watched-airport"))).isNotEmpty();
    }

    @Test
    @Order(4)
    void offlineTheKoreanPeninsulaIsDrawnFromTheBundledNaturalEarthData() throws Exception {
        browser.get(base.toString() + "map");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "drawn".equals(d.findElement(By.tagName("body")).getDomAttribute("data-world")));
        // No tile server is reachable here: the map goes offline and the world is its background.
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("class").contains("offline"));
        assertThat(browser.findElements(By.cssSelector("path.world-coast"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("path.world-border"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector(".leaflet-control-attribution")).getText())
                .contains("Natural Earth");
        ((JavascriptExecutor) browser).executeScript("map.setView([38.3, 127.5], 6, { animate: false });");
        Thread.sleep(500);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES)));
        Files.createDirectories(SCREENSHOTS);
        ImageIO.write(shot, "png", SCREENSHOTS.resolve("map-offline-korea.png").toFile());

        // Inland North and South Korea are land; the Yellow Sea and the Sea of Japan are sea.
        assertThat(colourAt(shot, 40.6, 127.0)).as("inland North Korea").isEqualTo(LAND);
        assertThat(colourAt(shot, 36.4, 128.2)).as("inland South Korea").isEqualTo(LAND);
        assertThat(colourAt(shot, 36.3, 124.6)).as("Yellow Sea").isEqualTo(SEA);
        assertThat(colourAt(shot, 38.5, 131.0)).as("Sea of Japan").isEqualTo(SEA);
        // Going east from the Yellow Sea into Korea, the coastline is crossed.
        int[] west = point(36.3, 124.6);
        int[] east = point(36.3, 128.2);
        long coast = 0;
        for (int x = west[0]; x <= east[0]; x++) {
            int rgb = shot.getRGB(x, west[1]);
            int r = rgb >> 16 & 0xff;
            int b = rgb & 0xff;
            if (r < 150 && b > r + 30) {
                coast++;
            }
        }
        assertThat(coast).as("coastline pixels on the way in").isPositive();
    }

    private static final int LAND = 0xefe8d8;
    private static final int SEA = 0xd5e3ec;

    /** The page pixel where the map shows (lat, lon). */
    private static int[] point(double lat, double lon) {
        @SuppressWarnings("unchecked")
        Map<String, Number> p = (Map<String, Number>) ((JavascriptExecutor) browser).executeScript(
                "const p = map.latLngToContainerPoint([arguments[0], arguments[1]]);"
                        + "const r = document.getElementById('map').getBoundingClientRect();"
                        + "return { x: Math.round(r.left + p.x), y: Math.round(r.top + p.y) };", lat, lon);
        return new int[] {p.get("x").intValue(), p.get("y").intValue()};
    }

    private static int colourAt(BufferedImage shot, double lat, double lon) {
        int[] p = point(lat, lon);
        return shot.getRGB(p[0], p[1]) & 0xffffff;
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
