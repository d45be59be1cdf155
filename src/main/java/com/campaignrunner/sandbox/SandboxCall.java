package com.campaignrunner.sandbox;

import java.time.Instant;
import java.util.List;

/**
 * One request the sandbox received, or one event it charged for, as written to the call ledger.
 *
 * @param at when the request was answered, or when the charged event happened
 * @param method HTTP method, or {@code EVENT} for a charge that no request caused, such as a submitted interview
 * @param endpoint the request path, or the event name
 * @param status the HTTP status sent, or that would have been sent when the answer was lost to a fault
 * @param credits what the real API would have charged for it
 * @param email the one candidate the request names, lower-cased, or null
 * @param externalId that candidate's external id, or null
 * @param rows for batch requests, each row's email in order; otherwise empty
 * @param succeededRows the emails of the rows that were registered or invited
 * @param fault the injected fault: {@code 429}, {@code 500}, {@code 503}, {@code timeout}, {@code drop},
 *              {@code row-error}, or null
 */
public record SandboxCall(
        Instant at,
        String method,
        String endpoint,
        int status,
        double credits,
        String email,
        String externalId,
        List<String> rows,
        List<String> succeededRows,
        String fault) {

    public SandboxCall {
        rows = rows == null ? List.of() : List.copyOf(rows);
        succeededRows = succeededRows == null ? List.of() : List.copyOf(succeededRows);
    }

    /** Answered 200 with no injected fault at all. */
    public boolean succeeded() {
        return status == 200 && fault == null;
    }

    /**
     * The sandbox did the work, even if an injected timeout or drop lost the answer: what the real API would have
     * done and charged, and what a client sending again would duplicate.
     */
    public boolean performed() {
        return status == 200 && (fault == null || fault.equals("timeout") || fault.equals("drop")
                || fault.equals("row-error"));
    }
}
