package io.divertwatch.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.divertwatch.auth.Role;
import io.divertwatch.common.ApiException;
import io.divertwatch.common.JsonErrors;
import io.divertwatch.common.ApiParameters;
import io.divertwatch.common.PageParams;
import io.divertwatch.common.RejectsUnknownFields;
import io.divertwatch.common.Text;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/alerts")
@RolesAllowed(Role.VIEWER_NAME)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Alerts", description = "What the detection engine raised, newest first")
public class AlertResource {

    private static final List<String> STATUSES = List.of(AlertView.OPEN, AlertView.ACKNOWLEDGED, AlertView.RESOLVED);

    private static final int MAX_REASON = 1000;

    private final AlertService service;
    private final AlertMapper mapper;
    private final SecurityIdentity caller;
    private final ObjectMapper json;

    AlertResource(AlertService service, AlertMapper mapper, SecurityIdentity caller, ObjectMapper json) {
        this.service = service;
        this.mapper = mapper;
        this.caller = caller;
        this.json = json;
    }

    /** Why a person closes an alert. */
    @RejectsUnknownFields
    public record ResolveRequest(String reason) {
    }

    /**
     * Newest first (data time); the {@code Link} header points at older ones. {@code status=open} lists
     * what still needs a human.
     */
    @GET
    public RestResponse<List<AlertView>> list(@QueryParam("type") String type, @QueryParam("status") String status,
            @QueryParam("icao24") String icao24, @QueryParam("mmsi") String mmsi, @QueryParam("since") String since,
            @BeanParam PageParams page, @Context UriInfo uri) {
        return service.page(type == null || type.isBlank() ? null : ApiParameters.alertType(type, "type").name(),
                parseStatus(status), ApiParameters.optionalIcao24(icao24, "icao24"),
                ApiParameters.optionalMmsi(mmsi, "mmsi"), ApiParameters.optionalInstant(since, "since"), page).map(mapper::view).response(uri);
    }

    @GET
    @Path("{id}")
    public AlertView get(long id) {
        return mapper.view(service.get(id));
    }

    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/ack")
    public AlertView acknowledge(long id) {
        return mapper.view(service.acknowledge(id));
    }

    /**
     * Closes an alert by hand, naming the caller's API key as who did (its status becomes {@code resolved},
     * and subscribers get {@code alert.resolved}). The body and its reason are optional.
     */
    @POST
    @RolesAllowed(Role.EDITOR_NAME)
    @Path("{id}/resolve")
    public AlertView resolve(long id, String body) {
        String reason = reason(body);
        String by = caller.isAnonymous() ? "anonymous" : caller.getPrincipal().getName();
        return mapper.view(service.resolve(id, by, reason));
    }

    /** The reason in an optional {@link ResolveRequest} body: none (or no body) is "closed by hand". */
    private String reason(String body) {
        if (body == null || body.isBlank()) {
            return "closed by hand";
        }
        ResolveRequest request;
        try {
            request = json.readValue(body, ResolveRequest.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body must be {\"reason\": \"…\"}: " + JsonErrors.describe(e));
        }
        String reason = request == null || request.reason() == null ? "" : request.reason().trim();
        if (reason.length() > MAX_REASON) {
            throw ApiException.badRequest("reason must be at most " + MAX_REASON + " characters");
        }
        return reason.isEmpty() ? "closed by hand" : Text.requirePlain(reason, "reason");
    }

    private static String parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String s = status.trim().toLowerCase(Locale.ROOT);
        if (!STATUSES.contains(s)) {
            throw ApiException.badRequest("status '" + status + "' must be one of " + String.join(", ", STATUSES));
        }
        return s;
    }
}
