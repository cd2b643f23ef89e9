package io.divertwatch.source.opensky;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** OAuth2 client-credentials token endpoint of OpenSky. */
@RegisterRestClient(configKey = "opensky-auth")
interface OpenSkyTokenApi {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    Response token(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
            @FormParam("client_secret") String clientSecret);
}
