package io.divertwatch.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The page a collection endpoint is asked for: at most {@code limit} items, after the cursor
 * {@code after} that the previous page's {@code Link: <…>; rel="next"} header carries. Bodies stay
 * plain arrays (the contract's shape); the header says where the rest is.
 */
public class PageParams {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final int MAX_CURSOR_LENGTH = 64;

    @QueryParam("limit")
    @Parameter(description = "Items per page, 1 to 1000; 100 when absent", schema = @Schema(type = SchemaType.INTEGER))
    String limit;

    @QueryParam("after")
    @Parameter(description = "Where the page starts: the cursor in the previous page's Link header (rel=\"next\")")
    String after;

    public PageParams() {
    }

    public PageParams(Integer limit, String after) {
        this.limit = limit == null ? null : limit.toString();
        this.after = after;
    }

    public int limit() {
        return ApiParameters.wholeNumber(limit, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    }

    /** The cursor, or null for the first page. */
    public String after() {
        if (after == null || after.isEmpty()) {
            return null;
        }
        if (after.length() > MAX_CURSOR_LENGTH || !Text.isPlain(after)) {
            throw ApiException.badRequest("after must be a cursor from a Link header");
        }
        return after;
    }

    /** The cursor of a collection ordered by numeric id: the last id seen, 0 for the first page. */
    public long afterId() {
        String cursor = after();
        if (cursor == null) {
            return 0;
        }
        try {
            return Long.parseLong(cursor);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("after must be a cursor from a Link header");
        }
    }
}
