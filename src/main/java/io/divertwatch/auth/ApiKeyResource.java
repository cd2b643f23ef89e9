package io.divertwatch.auth;

import io.divertwatch.common.PageParams;
import io.divertwatch.common.PlainText;
import io.divertwatch.common.RejectsUnknownFields;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.time.Instant;
import java.util.List;

@Path("/api/v1/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
@Tag(name = "API keys", description = "Admins issue and revoke keys (roles viewer, editor, admin)")
public class ApiKeyResource {

    private final ApiKeys keys;

    ApiKeyResource(ApiKeys keys) {
        this.keys = keys;
    }

    @RejectsUnknownFields
    public record ApiKeyRequest(@NotBlank @Size(max = 100) @PlainText String name, @NotBlank String role) {
    }

    /** {@code key} is present only in the answer that creates it. */
    public record ApiKeyView(long id, String name, String role, String prefix, Instant createdAt, String key) {
    }

    @POST
    public Response create(@NotNull(message = "a JSON body is required") @Valid ApiKeyRequest request, @Context UriInfo uri) {
        ApiKeys.Issued issued = keys.create(request.name(), request.role());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(issued.entity().id)).build())
                .entity(view(issued.entity(), issued.key())).build();
    }

    @GET
    public RestResponse<List<ApiKeyView>> list(@BeanParam PageParams page, @Context UriInfo uri) {
        return keys.page(page).map(k -> view(k, null)).response(uri);
    }

    @DELETE
    @Path("{id}")
    public Response delete(long id) {
        keys.delete(id);
        return Response.noContent().build();
    }

    private static ApiKeyView view(ApiKey k, String key) {
        return new ApiKeyView(k.id, k.name, k.role, k.prefix, k.createdAt, key);
    }
}
