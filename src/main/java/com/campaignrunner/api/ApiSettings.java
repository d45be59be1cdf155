package com.campaignrunner.api;

import java.time.Duration;

/**
 * How the client talks to the API: where, with which token, how many calls at once, how fast and how
 * persistently. The token is kept out of {@link #toString()}.
 */
public record ApiSettings(String baseUrl, String token, int concurrency, double callsPerSecond,
        RetrySettings retries, Duration timeout) {

    public ApiSettings {
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
    }

    public ApiSettings withBaseUrl(String url) {
        return new ApiSettings(url, token, concurrency, callsPerSecond, retries, timeout);
    }

    public ApiSettings withToken(String newToken) {
        return new ApiSettings(baseUrl, newToken, concurrency, callsPerSecond, retries, timeout);
    }

    @Override
    public String toString() {
        return "ApiSettings[baseUrl=" + baseUrl + ", token=(hidden), concurrency=" + concurrency
                + ", callsPerSecond=" + callsPerSecond + ", retries=" + retries + ", timeout=" + timeout + "]";
    }

    /** Exponential backoff with jitter between attempts; {@code maxAttempts} counts the first call. */
    public record RetrySettings(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {

        public static RetrySettings defaults() {
            return new RetrySettings(5, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0);
        }
    }
}
