package com.campaignrunner.api;

import java.time.Duration;

/**
 * A JobMojito call that did not succeed. The message carries the API's own {@code error} text and the
 * offending field ({@code name}) when the API named one; it never carries the token.
 */
public class ApiException extends RuntimeException {

    private final ApiFailure failure;
    private final String endpoint;
    private final int status;
    private final String field;
    private final Duration retryAfter;

    public ApiException(ApiFailure failure, String endpoint, int status, String message, String field,
            Duration retryAfter, Throwable cause) {
        super(describe(endpoint, status, message, field), cause);
        this.failure = failure;
        this.endpoint = endpoint;
        this.status = status;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    private static String describe(String endpoint, int status, String message, String field) {
        String where = status > 0 ? endpoint + " answered " + status : endpoint + " failed";
        String what = field == null ? message : message + " (field " + field + ")";
        return where + ": " + what;
    }

    public ApiFailure failure() {
        return failure;
    }

    public String endpoint() {
        return endpoint;
    }

    /** HTTP status, or 0 when no answer arrived. */
    public int status() {
        return status;
    }

    /** The field the API named as wrong, or null. */
    public String field() {
        return field;
    }

    /** How long the API asked us to wait, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
