package com.campaignrunner.job;

/** Stops the whole run at once: going on would only burn through rows (a rejected token, for example). */
public class RunAbortedException extends RuntimeException {

    public RunAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
