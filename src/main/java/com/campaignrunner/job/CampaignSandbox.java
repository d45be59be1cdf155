package com.campaignrunner.job;

import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox a campaign with {@code base-url: sandbox} runs against: started on a free loopback port for the
 * run, its state kept under the data folder so a later run sees what an earlier one registered.
 */
public final class CampaignSandbox {

    /** The token the sandbox accepts when the campaign's token variable is not set. */
    public static final String DEFAULT_TOKEN = "sandbox-token";

    private static final Set<String> FIELDS = Set.of("latency-ms", "ai-latency-ms", "complete-share",
            "abandon-share", "fail-share", "completion-delay-ms", "late-completion-seconds", "rate-429",
            "rate-500", "rate-503", "timeout-rate", "drop-rate", "row-error-rate", "retry-after-seconds", "seed",
            "report-link-seconds", "webhook-url", "webhook-header", "webhook-secret", "webhook-repeat-share");

    private CampaignSandbox() {
    }

    public static SandboxServer start(Map<String, Object> options, Path dataFolder, String token)
            throws CampaignFileException {
        SandboxSettings settings = settings(options).toBuilder().port(0).acceptedToken(token).build();
        return SandboxServer.start(settings, dataFolder.resolve("sandbox"));
    }

    static SandboxSettings settings(Map<String, Object> options) throws CampaignFileException {
        SandboxSettings.Builder builder = SandboxSettings.defaults().toBuilder();
        for (Map.Entry<String, Object> option : options.entrySet()) {
            String name = option.getKey();
            if (!FIELDS.contains(name)) {
                throw new CampaignFileException("Unknown field sandbox." + name + "; allowed: "
                        + String.join(", ", new java.util.TreeSet<>(FIELDS)));
            }
            String value = String.valueOf(option.getValue());
            try {
                switch (name) {
                    case "latency-ms" -> {
                        long[] range = range(value);
                        builder.latency(range[0], range[1]);
                        if (!options.containsKey("ai-latency-ms")) {
                            builder.aiLatency(range[0], range[1]);
                        }
                    }
                    case "ai-latency-ms" -> {
                        long[] range = range(value);
                        builder.aiLatency(range[0], range[1]);
                    }
                    case "completion-delay-ms" -> {
                        long[] range = range(value);
                        builder.completionDelay(range[0], range[1]);
                    }
                    case "late-completion-seconds" -> builder.lateCompletionMillis(Long.parseLong(value) * 1000);
                    case "rate-429" -> builder.rateLimitShare(Double.parseDouble(value));
                    case "rate-500" -> builder.serverErrorShare(Double.parseDouble(value));
                    case "rate-503" -> builder.unavailableShare(Double.parseDouble(value));
                    case "timeout-rate" -> builder.timeoutShare(Double.parseDouble(value));
                    case "drop-rate" -> builder.dropShare(Double.parseDouble(value));
                    case "row-error-rate" -> builder.rowErrorShare(Double.parseDouble(value));
                    case "retry-after-seconds" -> builder.retryAfterSeconds(Integer.parseInt(value));
                    case "seed" -> builder.seed(Long.parseLong(value));
                    case "report-link-seconds" -> builder.reportLinkValiditySeconds(Long.parseLong(value));
                    case "webhook-url", "webhook-header", "webhook-secret" -> webhook(builder, options);
                    case "webhook-repeat-share" -> builder.webhookRepeatShare(Double.parseDouble(value));
                    default -> outcomeShare(builder, options);
                }
            } catch (IllegalArgumentException e) {
                throw new CampaignFileException("Field sandbox." + name + ": '" + value + "' is not allowed ("
                        + e.getMessage() + ")");
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new CampaignFileException("Section sandbox: " + e.getMessage());
        }
    }

    private static void outcomeShare(SandboxSettings.Builder builder, Map<String, Object> options) {
        SandboxSettings defaults = SandboxSettings.defaults();
        builder.outcomeShares(share(options, "complete-share", defaults.completeShare()),
                share(options, "abandon-share", defaults.abandonShare()),
                share(options, "fail-share", defaults.failShare()));
    }

    private static void webhook(SandboxSettings.Builder builder, Map<String, Object> options) {
        Object url = options.get("webhook-url");
        Object header = options.get("webhook-header");
        Object secret = options.get("webhook-secret");
        builder.webhook(url == null ? null : String.valueOf(url), header == null ? "X-Webhook-Secret"
                : String.valueOf(header), secret == null ? null : String.valueOf(secret));
    }

    private static double share(Map<String, Object> options, String name, double fallback) {
        Object value = options.get(name);
        return value == null ? fallback : Double.parseDouble(String.valueOf(value));
    }

    /** A fixed pause ("300") or one drawn evenly from a range ("200..600"). */
    private static long[] range(String value) {
        String[] parts = value.split("\\.\\.");
        long min = Long.parseLong(parts[0].trim());
        long max = parts.length > 1 ? Long.parseLong(parts[1].trim()) : min;
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("a range is written min..max with 0 <= min <= max");
        }
        return new long[] {min, max};
    }
}
