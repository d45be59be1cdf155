package com.campaignrunner.api;

/**
 * The one place that says what an API failure means for the campaign: each HTTP status (or a transport
 * problem) maps to exactly one kind.
 */
public enum ApiFailure {

    /**
     * 401 and 403: stop the run. The contract's irregular cases map by status alone: a 500 that some endpoints
     * send for authorisation failures cannot be told from a server error (it is IN_DOUBT), and the 422 that
     * invite-users sends an unauthenticated caller reads as INVALID_REQUEST.
     */
    UNAUTHORISED(false),
    /** 422: a field is wrong, or (on some endpoints) the id it names does not exist; the row names the field. */
    INVALID_REQUEST(false),
    /** 404: the position, interview or result does not exist. */
    NOT_FOUND(false),
    /** 409: the request does not fit the resource's current state. */
    CONFLICT(false),
    /** 429: slow down and try again. The request was not processed. */
    RATE_LIMITED(true),
    /** 503 or a refused connection: the request was not processed; safe to send again. */
    UNAVAILABLE(true),
    /**
     * 500, a timeout or a dropped connection: the server may or may not have acted. A call that costs credits
     * or changes remote state is not sent again until the API has been asked what happened.
     */
    IN_DOUBT(true),
    /** Any other unexpected answer, including one that does not match the contract. */
    UNEXPECTED(false);

    private final boolean retryable;

    ApiFailure(boolean retryable) {
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }

    static ApiFailure ofStatus(int status) {
        return switch (status) {
            case 401, 403 -> UNAUTHORISED;
            case 404 -> NOT_FOUND;
            case 409 -> CONFLICT;
            case 422 -> INVALID_REQUEST;
            case 429 -> RATE_LIMITED;
            case 502, 503, 504 -> UNAVAILABLE;
            case 500 -> IN_DOUBT;
            default -> status >= 500 ? IN_DOUBT : UNEXPECTED;
        };
    }
}
