package io.divertwatch.map;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The analyst map ({@code /map}, {@code /map?alert=ID}, {@code /map?icao24=…}). The page holds no
 * data; it reads the API with the visitor's rights. Its script and styles are static assets, Leaflet
 * comes from its webjar.
 */
@Path("/")
@PermitAll
public class MapPage {

    private final String html = load();

    @GET
    @Path("map")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String map() {
        return html;
    }

    @GET
    @Operation(hidden = true)
    public Response home() {
        return Response.seeOther(URI.create("/map")).build();
    }

    private static String load() {
        try (InputStream in = MapPage.class.getResourceAsStream("/web/map.html")) {
            if (in == null) {
                throw new IllegalStateException("web/map.html is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
