package com.campaignrunner.metrics;

import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.RowState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Measurement;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The campaign's own meters, read from the ledger at the start of a run and the end of every step, since the
 * ledger and not the step counters is the truth: gauges of the rows per state and of the errors per kind, and
 * counters of the rows that reached each state, the errors of each kind and the credits spent while this process
 * ran. The API client adds the call timers, retries and rate-limit waits; Spring Batch the job and step timers.
 */
@Component
public class CampaignMetrics implements JobExecutionListener, StepExecutionListener {

    /** What the API charges a pre-screen and a submitted interview; the sandbox's call ledger is the real bill. */
    public static final double PRE_SCREEN_CREDITS = 0.25;
    public static final double INTERVIEW_CREDITS = 1.0;

    private static final List<String> EXPORTED_PREFIXES = List.of("jobmojito.", "campaign.", "spring.batch.");

    private final MeterRegistry meters;
    private final JdbcTemplate jdbc;
    private final CampaignContext context;
    private final Map<String, AtomicLong> gauges = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Long>> lastSeen = new ConcurrentHashMap<>();

    public CampaignMetrics(ObjectProvider<MeterRegistry> meters, DataSource dataSource, CampaignContext context) {
        this.meters = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.jdbc = new JdbcTemplate(dataSource);
        this.context = context;
    }

    public MeterRegistry registry() {
        return meters;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        refresh(context.campaignId());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        refresh(context.campaignId());
        return stepExecution.getExitStatus();
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        refresh(context.campaignId());
    }

    /** Reads the campaign's counts from the ledger into the gauges, and what grew since last time into counters. */
    public synchronized void refresh(String campaignId) {
        Map<String, Long> now = new HashMap<>();
        for (RowState state : RowState.values()) {
            now.put("rows|" + state.name(), 0L);
        }
        jdbc.query("select state, count(*) as n from ledger_row where campaign_id = ? group by state",
                rs -> {
                    now.put("rows|" + rs.getString("state"), rs.getLong("n"));
                }, campaignId);
        jdbc.query("select coalesce(error_kind, 'UNKNOWN') as kind, count(*) as n from ledger_row "
                + "where campaign_id = ? and state = 'ERROR' group by coalesce(error_kind, 'UNKNOWN')",
                rs -> {
                    now.put("errors|" + rs.getString("kind"), rs.getLong("n"));
                }, campaignId);
        jdbc.query("select sum(case when recommendation is not null then 1 else 0 end) as screened, "
                + "sum(case when state in ('COMPLETED', 'COLLECTED') then 1 else 0 end) as interviewed "
                + "from ledger_row where campaign_id = ?", rs -> {
                    now.put("credits|pre-screening", Math.round(rs.getLong("screened") * PRE_SCREEN_CREDITS * 100));
                    now.put("credits|interview", Math.round(rs.getLong("interviewed") * INTERVIEW_CREDITS * 100));
                }, campaignId);

        Map<String, Long> before = lastSeen.get(campaignId);
        Map<String, Long> previous = before == null ? Map.of() : before;
        for (Map.Entry<String, Long> entry : now.entrySet()) {
            String[] key = entry.getKey().split("\\|", 2);
            long value = entry.getValue();
            long grown = before == null ? 0 : value - previous.getOrDefault(entry.getKey(), 0L);
            switch (key[0]) {
                case "rows" -> {
                    gauge("campaign.rows", "Ledger rows of the campaign in each state", campaignId, "state", key[1])
                            .set(value);
                    if (grown > 0) {
                        meters.counter("campaign.rows.reached", "campaign", campaignId, "state", key[1])
                                .increment(grown);
                    }
                }
                case "errors" -> {
                    gauge("campaign.errors", "Rows in error, by kind of error", campaignId, "kind", key[1])
                            .set(value);
                    if (grown > 0) {
                        meters.counter("campaign.errors.recorded", "campaign", campaignId, "kind", key[1])
                                .increment(grown);
                    }
                }
                default -> {
                    if (grown > 0) {
                        meters.counter("campaign.credits.spent", "campaign", campaignId, "item", key[1])
                                .increment(grown / 100.0);
                    }
                }
            }
        }
        // Error kinds that no row holds any more read 0, not their last value.
        for (String kind : previous.keySet()) {
            if (kind.startsWith("errors|") && !now.containsKey(kind)) {
                gauge("campaign.errors", "Rows in error, by kind of error", campaignId, "kind",
                        kind.substring("errors|".length())).set(0);
            }
        }
        lastSeen.put(campaignId, now);
    }

    private AtomicLong gauge(String name, String description, String campaignId, String tag, String value) {
        return gauges.computeIfAbsent(name + "|" + campaignId + "|" + value, key -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).description(description)
                    .tags("campaign", campaignId, tag, value).register(meters);
            return holder;
        });
    }

    /**
     * Every meter of the API client, the campaigns and Spring Batch with its tags and values, as the bundle's
     * metrics.json holds them. The values are those of this process: one run, or every run of {@code serve}.
     */
    public Map<String, Object> snapshot(String campaignId) {
        refresh(campaignId);
        List<Map<String, Object>> list = new ArrayList<>();
        List<Meter> all = new ArrayList<>(meters.getMeters());
        all.sort((a, b) -> (a.getId().getName() + a.getId().getTags()).compareTo(b.getId().getName()
                + b.getId().getTags()));
        for (Meter meter : all) {
            String name = meter.getId().getName();
            String campaign = meter.getId().getTag("campaign");
            if (EXPORTED_PREFIXES.stream().noneMatch(name::startsWith)
                    || campaign != null && !campaign.equals(campaignId)) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", name);
            entry.put("type", meter.getId().getType().name().toLowerCase(java.util.Locale.ROOT));
            Map<String, String> tags = new LinkedHashMap<>();
            for (Tag tag : meter.getId().getTags()) {
                tags.put(tag.getKey(), tag.getValue());
            }
            entry.put("tags", tags);
            Map<String, Double> values = new LinkedHashMap<>();
            for (Measurement measurement : meter.measure()) {
                values.put(measurement.getStatistic().getTagValueRepresentation(), measurement.getValue());
            }
            entry.put("values", values);
            list.add(entry);
        }
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("campaign", campaignId);
        snapshot.put("takenAt", Instant.now().toString());
        snapshot.put("scope", "meters of this process since it started; durations in seconds");
        snapshot.put("meters", list);
        return snapshot;
    }

    /** What the ledger accounts for: every recorded pre-screen, and every interview completed. */
    public static Map<String, Double> creditsAccountedFor(Ledger ledger, String campaignId) {
        double[] totals = new double[2];
        ledger.forEachRow(campaignId, row -> {
            if (row.recommendation() != null) {
                totals[0] += PRE_SCREEN_CREDITS;
            }
            if (row.state() == RowState.COMPLETED || row.state() == RowState.COLLECTED) {
                totals[1] += INTERVIEW_CREDITS;
            }
        });
        Map<String, Double> credits = new LinkedHashMap<>();
        credits.put("pre-screening", totals[0]);
        credits.put("interviews (completed)", totals[1]);
        return credits;
    }
}
