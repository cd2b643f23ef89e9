package io.divertwatch.common;

import static io.divertwatch.support.Api.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.divertwatch.alert.Alert;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every collection pages: at most {@code limit} items, a {@code Link} header to the next page while
 * there is one, and following the links visits each item once.
 */
@QuarkusTest
class PagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");

    @Test
    void watchesPageByIdAndTheLinksVisitEachOnce() {
        for (int i = 0; i < 7; i++) {
            given().contentType(ContentType.JSON).body("{\"icao24\": \"aa00" + (10 + i) + "\"}").post("/api/v1/watches")
                    .then().statusCode(201);
        }
        List<Object> all = given().queryParam("limit", 1000).get("/api/v1/watches").then().extract().path("id");
        List<Object> paged = follow("/api/v1/watches?limit=3", r -> r.jsonPath().getList("id"));
        assertThat(paged).containsExactlyElementsOf(all).doesNotHaveDuplicates();
        all.forEach(id -> given().delete("/api/v1/watches/" + id).then().statusCode(204));
    }

    @Test
    void alertsPageNewestFirstAcrossEqualTimes() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 9; i++) {
                Alert a = new Alert();
                a.incidentKey = "paging-" + i;
                a.type = "SIGNAL_LOST";
                a.severity = "warning";
                a.time = t.plusSeconds(i / 3);   // three alerts share each time
                a.detectedAt = Instant.now();
                a.icao24 = "bb0001";
                a.summary = "paging " + i;
                a.persist();
            }
        });
        List<Object> paged = follow("/api/v1/alerts?icao24=bb0001&limit=2", r -> r.jsonPath().getList("summary"));
        assertThat(paged).hasSize(9).doesNotHaveDuplicates().startsWith("paging 8", "paging 7", "paging 6")
                .endsWith("paging 0");
        QuarkusTransaction.requiringNew().run(() -> Alert.delete("icao24", "bb0001"));
    }

    @Test
    void geofencesWatchedAirportsAndKeysPageToo() {
        List<Integer> geofences = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            geofences.add(given().contentType("application/geo+json").body("{\"type\": \"Feature\", \"properties\": {\"name\": \"p" + i
                    + "\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}}")
                    .post("/api/v1/geofences").then().statusCode(201).extract().path("id"));
            given().contentType(ContentType.JSON).body("{\"name\": \"pager " + i + "\", \"role\": \"viewer\"}")
                    .post("/api/v1/api-keys").then().statusCode(201);
        }
        assertThat(follow("/api/v1/geofences?limit=1", r -> r.jsonPath().getList("features.id"))).hasSizeGreaterThan(2)
                .doesNotHaveDuplicates();
        assertThat(follow("/api/v1/api-keys?limit=2", r -> r.jsonPath().getList("id"))).hasSizeGreaterThan(3)
                .doesNotHaveDuplicates();
        assertThat(follow("/api/v1/watched-airports?limit=1", r -> r.jsonPath().getList("icao")))
                .contains("ZKPY", "ZKWS", "ZKSD", "ZKHM").doesNotHaveDuplicates();
        geofences.forEach(id -> given().delete("/api/v1/geofences/" + id).then().statusCode(204));
    }

    @Test
    void limitsOutsideTheRangeAndForgedCursorsAreProblems() {
        for (String query : List.of("limit=0", "limit=1001", "after=x%0Ay", "after=abc")) {
            given().get("/api/v1/watches?" + query).then().statusCode(400).contentType("application/problem+json");
        }
        given().get("/api/v1/alerts?after=999999999").then().statusCode(400).body("detail", containsString("cursor"));
        given().get("/q/openapi").then().body(containsString("Items per page"));
    }

    /** Every item of every page, following the {@code Link} headers from {@code first}. */
    private static List<Object> follow(String first, Function<Response, List<Object>> items) {
        List<Object> all = new ArrayList<>();
        String next = first;
        for (int pages = 0; next != null; pages++) {
            assertThat(pages).as("pages").isLessThan(100);
            Response page = given().urlEncodingEnabled(false).get(next);
            page.then().statusCode(200);
            all.addAll(items.apply(page));
            String link = page.header("Link");
            Matcher m = link == null ? null : NEXT.matcher(link);
            next = m != null && m.find() ? URI.create(m.group(1)).getRawPath() + "?" + URI.create(m.group(1)).getRawQuery()
                    : null;
        }
        return all;
    }
}
