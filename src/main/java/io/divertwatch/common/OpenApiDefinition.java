package io.divertwatch.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Declares the API key scheme in the OpenAPI document: {@code Authorization: Bearer <key>}. */
@OpenAPIDefinition(info = @Info(title = "DivertWatch API", version = "1"),
        security = @SecurityRequirement(name = OpenApiDefinition.API_KEY),
        components = @Components(securitySchemes = @SecurityScheme(securitySchemeName = OpenApiDefinition.API_KEY,
                type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "API key",
                description = "An API key (dwk_…) sent as 'Authorization: Bearer <key>'. Writes need role editor "
                        + "or admin; API key management needs admin; reads are open unless "
                        + "divertwatch.auth.open-reads=false.")))
public class OpenApiDefinition extends Application {

    static final String API_KEY = "apiKey";
}
