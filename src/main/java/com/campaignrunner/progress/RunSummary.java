package com.campaignrunner.progress;

import com.campaignrunner.export.Outcomes;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.metrics.CampaignMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The table printed at the end of a run: rows per state and per outcome from the ledger, and from the meters the
 * calls per endpoint, retries and rate-limit waits of this run alone (the meters of {@code serve} hold every run,
 * so the summary subtracts what they held when the run began), the credits and the duration.
 */
public final class RunSummary {

    private final MeterRegistry meters;
    private final Map<String, Long> callsAtStart;
    private final double retriesAtStart;
    private final double waitsAtStart;
    private final long startedNanos = System.nanoTime();

    private RunSummary(MeterRegistry meters) {
        this.meters = meters;
        this.callsAtStart = calls(meters);
        this.retriesAtStart = count(meters, "jobmojito.retries");
        this.waitsAtStart = count(meters, "jobmojito.rate_limit.waits");
    }

    /** Remembers where the meters stand as a run begins. */
    public static RunSummary begin(MeterRegistry meters) {
        return new RunSummary(meters);
    }

    /** The table, from the ledger as it is now and the meters' growth since {@link #begin}. */
    public String render(String campaignId, Ledger ledger) {
        StringBuilder text = new StringBuilder();
        Map<RowState, Integer> states = ledger.countByState(campaignId);
        int total = states.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> outcomes = new HashMap<>();
        ledger.forEachRow(campaignId, row -> outcomes.merge(Outcomes.outcome(row), 1, Integer::sum));

        text.append(String.format(Locale.ROOT, "%nCampaign %s: %d rows, run took %s%n", campaignId, total,
                duration(Duration.ofNanos(System.nanoTime() - startedNanos))));
        text.append(String.format(Locale.ROOT, "  %-50s %8s%n", "Rows per state", "rows"));
        for (RowState state : RowState.values()) {
            Integer count = states.get(state);
            if (count != null) {
                text.append(String.format(Locale.ROOT, "    %-48s %8d%n", state, count));
            }
        }
        text.append(String.format(Locale.ROOT, "  %-50s %8s%n", "Rows per outcome", "rows"));
        for (String outcome : Outcomes.ORDER) {
            Integer count = outcomes.get(outcome);
            if (count != null) {
                text.append(String.format(Locale.ROOT, "    %-48s %8d%n", outcome, count));
            }
        }
        Map<String, Long> calls = calls(meters);
        text.append(String.format(Locale.ROOT, "  %-50s %8s%n", "Calls this run per endpoint", "calls"));
        long allCalls = 0;
        for (Map.Entry<String, Long> entry : calls.entrySet()) {
            long made = entry.getValue() - callsAtStart.getOrDefault(entry.getKey(), 0L);
            if (made > 0) {
                text.append(String.format(Locale.ROOT, "    %-48s %8d%n", entry.getKey(), made));
                allCalls += made;
            }
        }
        text.append(String.format(Locale.ROOT, "    %-48s %8d%n", "all endpoints", allCalls));
        text.append(String.format(Locale.ROOT, "  %-50s %8d%n", "Retries this run",
                Math.round(count(meters, "jobmojito.retries") - retriesAtStart)));
        text.append(String.format(Locale.ROOT, "  %-50s %8d%n", "Waits for the rate limit this run",
                Math.round(count(meters, "jobmojito.rate_limit.waits") - waitsAtStart)));
        double credits = CampaignMetrics.creditsAccountedFor(ledger, campaignId).values().stream()
                .mapToDouble(Double::doubleValue).sum();
        text.append(String.format(Locale.ROOT, "  %-50s %8.2f%n", "Credits, whole campaign (estimate)", credits));
        return text.toString();
    }

    /** Calls made per endpoint so far, every outcome together. */
    private static Map<String, Long> calls(MeterRegistry meters) {
        Map<String, Long> calls = new TreeMap<>();
        for (Timer timer : meters.find("jobmojito.calls").timers()) {
            calls.merge(timer.getId().getTag("endpoint"), timer.count(), Long::sum);
        }
        return calls;
    }

    private static double count(MeterRegistry meters, String name) {
        return meters.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    /** 75 s reads "1 min 15 s". */
    static String duration(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return seconds + " s";
        }
        if (seconds < 3600) {
            return seconds / 60 + " min " + seconds % 60 + " s";
        }
        return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
    }
}
