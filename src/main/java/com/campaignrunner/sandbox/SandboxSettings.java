package com.campaignrunner.sandbox;

/**
 * How the sandbox behaves: latency, injected faults, how interviews end and who may call it.
 *
 * <p>Shares are fractions between 0 and 1. Fault draws come from a {@link java.util.Random} seeded with
 * {@link #seed()}, and interview fates are a hash of the candidate, the interview and the seed, so two runs with
 * the same settings and the same calls behave the same.
 *
 * @param port TCP port on 127.0.0.1; 0 picks a free one
 * @param aiLatencyMinMillis shortest pause of the endpoints that the real API answers with a language model
 * @param aiLatencyMaxMillis longest pause of those endpoints
 * @param latencyMinMillis shortest pause of every other endpoint
 * @param latencyMaxMillis longest pause of every other endpoint
 * @param rateLimitShare share of calls answered 429
 * @param retryAfterSeconds value of the {@code Retry-After} header on a 429
 * @param serverErrorShare share of calls answered 500 before any work is done
 * @param unavailableShare share of calls answered 503 before any work is done
 * @param timeoutShare share of calls whose work is done but whose answer never comes
 * @param timeoutMillis how long such a call is held before its connection is closed
 * @param dropShare share of calls whose work is done and whose connection is then closed at once
 * @param rowErrorShare share of batch rows answered with a temporary per-row error
 * @param faultsOnDownloads whether faults also hit the signed report downloads
 * @param seed seed of the fault draws and of the interview fates
 * @param completeShare share of registered candidates who finish and submit their interview
 * @param abandonShare share who leave the interview
 * @param failShare share whose interview fails
 * @param completionDelayMinMillis shortest time from registration to the end of a prompt interview
 * @param completionDelayMaxMillis longest such time
 * @param lateCompletionMillis when the remaining, late candidates finish
 * @param reportLinkValiditySeconds how long a signed report URL works
 * @param acceptedToken the only bearer token accepted, or null to accept any non-blank token
 * @param forbiddenToken a token that authenticates but is not permitted, or null for none
 * @param webhookUrl where to POST the vendor's webhook when an interview ends, or null to send none
 * @param webhookHeader the custom header that carries {@code webhookSecret} on every delivery
 * @param webhookSecret the shared secret sent in {@code webhookHeader}, or null to send no header
 * @param webhookRepeatShare share of webhooks delivered twice, as the vendor's at-least-once delivery may
 */
public record SandboxSettings(
        int port,
        long aiLatencyMinMillis,
        long aiLatencyMaxMillis,
        long latencyMinMillis,
        long latencyMaxMillis,
        double rateLimitShare,
        int retryAfterSeconds,
        double serverErrorShare,
        double unavailableShare,
        double timeoutShare,
        long timeoutMillis,
        double dropShare,
        double rowErrorShare,
        boolean faultsOnDownloads,
        long seed,
        double completeShare,
        double abandonShare,
        double failShare,
        long completionDelayMinMillis,
        long completionDelayMaxMillis,
        long lateCompletionMillis,
        long reportLinkValiditySeconds,
        String acceptedToken,
        String forbiddenToken,
        String webhookUrl,
        String webhookHeader,
        String webhookSecret,
        double webhookRepeatShare) {

    public SandboxSettings {
        requireRange("port", port, 0, 65535);
        requireOrdered("AI latency", aiLatencyMinMillis, aiLatencyMaxMillis);
        requireOrdered("latency", latencyMinMillis, latencyMaxMillis);
        requireOrdered("completion delay", completionDelayMinMillis, completionDelayMaxMillis);
        requireShare("429 share", rateLimitShare);
        requireShare("500 share", serverErrorShare);
        requireShare("503 share", unavailableShare);
        requireShare("timeout share", timeoutShare);
        requireShare("drop share", dropShare);
        requireShare("row error share", rowErrorShare);
        requireShare("sum of the fault shares",
                rateLimitShare + serverErrorShare + unavailableShare + timeoutShare + dropShare);
        requireShare("complete share", completeShare);
        requireShare("abandon share", abandonShare);
        requireShare("fail share", failShare);
        requireShare("sum of the outcome shares", completeShare + abandonShare + failShare);
        requireRange("Retry-After seconds", retryAfterSeconds, 0, 86_400);
        requireRange("timeout", timeoutMillis, 0, Long.MAX_VALUE);
        requireRange("late completion", lateCompletionMillis, 0, Long.MAX_VALUE);
        requireRange("report link validity", reportLinkValiditySeconds, 1, Long.MAX_VALUE);
        requireShare("webhook repeat share", webhookRepeatShare);
        if (webhookUrl != null && !webhookUrl.matches("http://(127\\.0\\.0\\.1|localhost|\\[::1\\])(:\\d+)?/.*")) {
            throw new IllegalArgumentException("the sandbox sends webhooks to loopback addresses only, such as "
                    + "http://127.0.0.1:8080/webhooks/jobmojito; got " + webhookUrl);
        }
    }

    /** Realistic latency, no faults, 70 % of interviews completed within a few seconds, any token accepted. */
    public static SandboxSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public SandboxSettings withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    /** The same pause for every endpoint, as benchmarks want. */
    public SandboxSettings withFixedLatency(long millis) {
        return toBuilder().fixedLatency(millis).build();
    }

    public SandboxSettings withAcceptedToken(String token) {
        return toBuilder().acceptedToken(token).build();
    }

    public SandboxSettings withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    @Override
    public String toString() {
        // The accepted token is a secret: settings get logged.
        return "SandboxSettings[port=" + port + ", latency=" + latencyMinMillis + ".." + latencyMaxMillis
                + " ms, AI latency=" + aiLatencyMinMillis + ".." + aiLatencyMaxMillis + " ms, 429=" + rateLimitShare
                + ", 500=" + serverErrorShare + ", 503=" + unavailableShare + ", timeout=" + timeoutShare
                + ", drop=" + dropShare + ", rowError=" + rowErrorShare + ", seed=" + seed
                + ", tokenRestricted=" + (acceptedToken != null) + ", webhookUrl=" + webhookUrl + "]";
    }

    private static void requireShare(String what, double share) {
        if (!(share >= 0.0 && share <= 1.0)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1, was " + share);
        }
    }

    private static void requireRange(String what, long value, long min, long max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", was " + value);
        }
    }

    private static void requireOrdered(String what, long min, long max) {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException(what + " range must satisfy 0 <= min <= max, was " + min + ".." + max);
        }
    }

    /** Mutable copy of the settings; every setter returns the builder. */
    public static final class Builder {

        private int port;
        private long aiLatencyMinMillis = 200;
        private long aiLatencyMaxMillis = 600;
        private long latencyMinMillis = 5;
        private long latencyMaxMillis = 30;
        private double rateLimitShare;
        private int retryAfterSeconds = 1;
        private double serverErrorShare;
        private double unavailableShare;
        private double timeoutShare;
        private long timeoutMillis = 35_000;
        private double dropShare;
        private double rowErrorShare;
        private boolean faultsOnDownloads;
        private long seed = 42;
        private double completeShare = 0.70;
        private double abandonShare = 0.10;
        private double failShare = 0.05;
        private long completionDelayMinMillis = 1_000;
        private long completionDelayMaxMillis = 4_000;
        private long lateCompletionMillis = 45_000;
        private long reportLinkValiditySeconds = 120;
        private String acceptedToken;
        private String forbiddenToken;
        private String webhookUrl;
        private String webhookHeader = "X-Webhook-Secret";
        private String webhookSecret;
        private double webhookRepeatShare;

        private Builder() {
        }

        private Builder(SandboxSettings s) {
            port = s.port;
            aiLatencyMinMillis = s.aiLatencyMinMillis;
            aiLatencyMaxMillis = s.aiLatencyMaxMillis;
            latencyMinMillis = s.latencyMinMillis;
            latencyMaxMillis = s.latencyMaxMillis;
            rateLimitShare = s.rateLimitShare;
            retryAfterSeconds = s.retryAfterSeconds;
            serverErrorShare = s.serverErrorShare;
            unavailableShare = s.unavailableShare;
            timeoutShare = s.timeoutShare;
            timeoutMillis = s.timeoutMillis;
            dropShare = s.dropShare;
            rowErrorShare = s.rowErrorShare;
            faultsOnDownloads = s.faultsOnDownloads;
            seed = s.seed;
            completeShare = s.completeShare;
            abandonShare = s.abandonShare;
            failShare = s.failShare;
            completionDelayMinMillis = s.completionDelayMinMillis;
            completionDelayMaxMillis = s.completionDelayMaxMillis;
            lateCompletionMillis = s.lateCompletionMillis;
            reportLinkValiditySeconds = s.reportLinkValiditySeconds;
            acceptedToken = s.acceptedToken;
            forbiddenToken = s.forbiddenToken;
            webhookUrl = s.webhookUrl;
            webhookHeader = s.webhookHeader;
            webhookSecret = s.webhookSecret;
            webhookRepeatShare = s.webhookRepeatShare;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder aiLatency(long minMillis, long maxMillis) {
            aiLatencyMinMillis = minMillis;
            aiLatencyMaxMillis = maxMillis;
            return this;
        }

        public Builder latency(long minMillis, long maxMillis) {
            latencyMinMillis = minMillis;
            latencyMaxMillis = maxMillis;
            return this;
        }

        public Builder fixedLatency(long millis) {
            return aiLatency(millis, millis).latency(millis, millis);
        }

        public Builder rateLimitShare(double share) {
            rateLimitShare = share;
            return this;
        }

        public Builder retryAfterSeconds(int seconds) {
            retryAfterSeconds = seconds;
            return this;
        }

        public Builder serverErrorShare(double share) {
            serverErrorShare = share;
            return this;
        }

        public Builder unavailableShare(double share) {
            unavailableShare = share;
            return this;
        }

        public Builder timeoutShare(double share) {
            timeoutShare = share;
            return this;
        }

        public Builder timeoutMillis(long millis) {
            timeoutMillis = millis;
            return this;
        }

        public Builder dropShare(double share) {
            dropShare = share;
            return this;
        }

        public Builder rowErrorShare(double share) {
            rowErrorShare = share;
            return this;
        }

        public Builder faultsOnDownloads(boolean enabled) {
            faultsOnDownloads = enabled;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder outcomeShares(double complete, double abandon, double fail) {
            completeShare = complete;
            abandonShare = abandon;
            failShare = fail;
            return this;
        }

        public Builder completionDelay(long minMillis, long maxMillis) {
            completionDelayMinMillis = minMillis;
            completionDelayMaxMillis = maxMillis;
            return this;
        }

        public Builder lateCompletionMillis(long millis) {
            lateCompletionMillis = millis;
            return this;
        }

        public Builder reportLinkValiditySeconds(long seconds) {
            reportLinkValiditySeconds = seconds;
            return this;
        }

        public Builder acceptedToken(String token) {
            acceptedToken = token;
            return this;
        }

        public Builder forbiddenToken(String token) {
            forbiddenToken = token;
            return this;
        }

        /** Sends a webhook to {@code url} when an interview ends, with {@code secret} in {@code header}. */
        public Builder webhook(String url, String header, String secret) {
            webhookUrl = url;
            webhookHeader = header;
            webhookSecret = secret;
            return this;
        }

        public Builder webhookRepeatShare(double share) {
            webhookRepeatShare = share;
            return this;
        }

        public SandboxSettings build() {
            return new SandboxSettings(port, aiLatencyMinMillis, aiLatencyMaxMillis, latencyMinMillis,
                    latencyMaxMillis, rateLimitShare, retryAfterSeconds, serverErrorShare, unavailableShare,
                    timeoutShare, timeoutMillis, dropShare, rowErrorShare, faultsOnDownloads, seed, completeShare,
                    abandonShare, failShare, completionDelayMinMillis, completionDelayMaxMillis,
                    lateCompletionMillis, reportLinkValiditySeconds, acceptedToken, forbiddenToken, webhookUrl,
                    webhookHeader, webhookSecret, webhookRepeatShare);
        }
    }
}
