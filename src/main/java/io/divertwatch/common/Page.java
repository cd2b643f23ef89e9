package io.divertwatch.common;

import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestResponse;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection and the cursor of the next, if there is more.
 *
 * @param next the cursor to pass as {@code after} for the next page, or null on the last page
 */
public record Page<T>(List<T> items, String next) {

    /**
     * A page from up to {@code limit + 1} rows read in cursor order: a row beyond the limit means more
     * follow, and the cursor is that of the last row shown.
     */
    public static <T> Page<T> of(List<T> rows, int limit, Function<T, String> cursor) {
        if (rows.size() <= limit) {
            return new Page<>(List.copyOf(rows), null);
        }
        List<T> shown = List.copyOf(rows.subList(0, limit));
        return new Page<>(shown, cursor.apply(shown.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> view) {
        return new Page<>(items.stream().map(view).toList(), next);
    }

    /** The items as the body, and a {@code Link} header to the next page when there is one (RFC 8288). */
    public RestResponse<List<T>> response(UriInfo uri) {
        return response(items, uri);
    }

    /** {@code body} (the items in another shape), with the {@code Link} header to the next page. */
    public <B> RestResponse<B> response(B body, UriInfo uri) {
        RestResponse.ResponseBuilder<B> ok = RestResponse.ResponseBuilder.ok(body);
        if (next != null) {
            ok.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("after", next).build()
                    + ">; rel=\"next\"");
        }
        return ok.build();
    }
}
