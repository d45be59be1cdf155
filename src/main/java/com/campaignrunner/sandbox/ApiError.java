package com.campaignrunner.sandbox;

/**
 * A request the sandbox refuses, answered with the vendor's error envelope {@code {"error", "name"}}.
 */
final class ApiError extends RuntimeException {

    private final int status;
    private final String field;

    ApiError(int status, String message, String field) {
        super(message, null, false, false);
        this.status = status;
        this.field = field;
    }

    static ApiError invalidField(String field, String message) {
        return new ApiError(422, message, field);
    }

    static ApiError requiredField(String field) {
        return new ApiError(422, "Field is required.", field);
    }

    static ApiError unprocessable(String message) {
        return new ApiError(422, message, null);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, null);
    }

    int status() {
        return status;
    }

    /** The offending field, or null when the error is not about one field. */
    String field() {
        return field;
    }
}
