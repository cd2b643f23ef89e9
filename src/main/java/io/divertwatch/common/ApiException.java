package io.divertwatch.common;

/** A client error with a message fit to show: becomes a problem+json response with its status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    /** For a 503: when to try again, in seconds; else null. */
    private final Integer retryAfterSeconds;

    public ApiException(int status, String title, String detail) {
        this(status, title, detail, null);
    }

    private ApiException(int status, String title, String detail, Integer retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** The service is busy with work of this kind: a 503 with {@code Retry-After}. */
    public static ApiException busy(String detail, int retryAfterSeconds) {
        return new ApiException(503, "Service Unavailable", detail, retryAfterSeconds);
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "Bad Request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "Not Found", detail);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
