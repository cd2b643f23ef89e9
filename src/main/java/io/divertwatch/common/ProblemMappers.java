package io.divertwatch.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpClosedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;

/** The one place where exceptions become {@code application/problem+json}; no stack trace reaches a client. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response api(ApiException e) {
        Response response = respond(Problem.of(e.status(), e.title(), e.getMessage()));
        return e.retryAfterSeconds() == null ? response
                : Response.fromResponse(response).header("Retry-After", e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return challenge(Problem.of(401, "Unauthorized",
                "this needs an API key: send 'Authorization: Bearer <key>'"));
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge(Problem.of(401, "Unauthorized", "the API key is not valid"));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "this API key's role does not allow that"));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<String> errors = e.getConstraintViolations().stream().map(ProblemMappers::describe).sorted().toList();
        return respond(new Problem("about:blank", "Bad Request", 400, "the request is invalid: "
                + String.join("; ", errors), null, errors));
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e) {
        return respond(Problem.of(400, "Bad Request", JsonErrors.describe(e)));
    }

    /** Ahead of the JSON extension's own mapper, which answers type mismatches with an empty 400. */
    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response jsonMismatch(MismatchedInputException e) {
        return json(e);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return respond(Problem.of(status, title, status >= 500 ? "internal error" : e.getMessage()));
    }

    /**
     * The client went away before its request was read (an upload dropped or cut off at its time): no
     * one is left to answer, and it was no server error.
     */
    @ServerExceptionMapper
    public Response clientGone(HttpClosedException e) {
        Log.debugf("client closed the connection before its request was read: %s", e.getMessage());
        return respond(Problem.of(400, "Bad Request", "the connection closed before the request was read"));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Log.errorf(e, "unhandled error");
        return respond(Problem.of(500, "Internal Server Error", "internal error; see the service log"));
    }

    private static String describe(ConstraintViolation<?> v) {
        // Only the field is meaningful to a client: "create.request.icao24" -> "icao24".
        String path = v.getPropertyPath().toString();
        return path.substring(path.lastIndexOf('.') + 1) + " " + v.getMessage();
    }

    private static Response challenge(Problem problem) {
        return Response.status(problem.status()).header("WWW-Authenticate", "Bearer").type(Problem.MEDIA_TYPE)
                .entity(problem).build();
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
