package io.divertwatch.source.opensky;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.util.List;

/** The OpenSky REST API; wrapped by {@link OpenSkyClient}, which owns errors and authentication. */
@RegisterRestClient(configKey = "opensky")
interface OpenSkyApi {

    @GET
    @Path("/states/all")
    Response states(@QueryParam("lamin") Double latMin, @QueryParam("lomin") Double lonMin,
            @QueryParam("lamax") Double latMax, @QueryParam("lomax") Double lonMax,
            @QueryParam("icao24") List<String> icao24, @HeaderParam("Authorization") String authorization);
}
