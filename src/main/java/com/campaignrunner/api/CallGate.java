package com.campaignrunner.api;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Bounds what leaves the process: at most {@code concurrency} calls in flight and, when set, at most
 * {@code callsPerSecond} calls started per second. One gate is shared by every step of a run.
 */
final class CallGate {

    private final Semaphore inFlight;
    private final RateLimiter rateLimiter;

    CallGate(int concurrency, double callsPerSecond) {
        this.inFlight = new Semaphore(Math.max(1, concurrency), true);
        this.rateLimiter = callsPerSecond > 0 ? limiter(callsPerSecond) : null;
    }

    private static RateLimiter limiter(double callsPerSecond) {
        long periodNanos = Math.max(1L, Math.round(1_000_000_000d / callsPerSecond));
        RateLimiterConfig config = RateLimiterConfig.custom()
                .limitForPeriod(1)
                .limitRefreshPeriod(Duration.ofNanos(periodNanos))
                .timeoutDuration(Duration.ofHours(1))
                .build();
        return RateLimiter.of("jobmojito", config);
    }

    /** Waits for a slot and, when rate limited, for a permit; returns the nanoseconds spent waiting for the permit. */
    long enter() throws InterruptedException {
        inFlight.acquire();
        if (rateLimiter == null) {
            return 0;
        }
        long start = System.nanoTime();
        try {
            RateLimiter.waitForPermission(rateLimiter);
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
        return System.nanoTime() - start;
    }

    void leave() {
        inFlight.release();
    }
}
