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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The analyst map in a real browser (headless Chromium) while the demo scenario plays: the aircraft,
 * its expected route, its track, the alert where it fired and the live alert list are drawn, offline
 * on a plain background with a graticule. Screenshots go to {@code target/screenshots/}.
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

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
