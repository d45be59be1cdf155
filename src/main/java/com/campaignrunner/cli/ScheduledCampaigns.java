package com.campaignrunner.cli;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.job.CampaignRun;
import com.campaignrunner.metrics.CampaignMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * The campaigns of a folder, each run on the cron schedule in its file. A tick that comes while the campaign is
 * still running (or waiting to run) is skipped, so one campaign never runs twice at once. Runs of different
 * campaigns take turns, because one process holds one open campaign at a time; the campaign lock keeps other
 * processes out as well. Each run reads the campaign file again, so edits apply from the next run on.
 */
final class ScheduledCampaigns implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ScheduledCampaigns.class);

    private final ConfigurableApplicationContext spring;
    private final Path dataFolder;
    private final ThreadPoolTaskScheduler ticks = new ThreadPoolTaskScheduler();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "campaign-runs");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, AtomicBoolean> busy = new ConcurrentHashMap<>();
    private final List<ScheduledFuture<?>> schedules = new ArrayList<>();

    ScheduledCampaigns(ConfigurableApplicationContext spring, Path dataFolder) {
        this.spring = spring;
        this.dataFolder = dataFolder;
        ticks.setPoolSize(1);
        ticks.setThreadNamePrefix("campaign-schedule-");
        ticks.setDaemon(true);
        ticks.initialize();
    }

    /** Schedules every campaign file of the folder that has a schedule; returns the campaigns scheduled. */
    List<String> scheduleFolder(Path jobs) throws IOException {
        List<String> scheduled = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(jobs)) {
            files = list.filter(file -> file.toString().endsWith(".yml") || file.toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        for (Path file : files) {
            Campaign campaign;
            try {
                campaign = CampaignFileReader.read(file);
            } catch (CampaignFileException e) {
                log.error("Campaign file not scheduled: {}", e.getMessage());
                continue;
            }
            if (campaign.schedule() == null) {
                log.info("Campaign {} ({}) has no schedule; serve does not run it", campaign.id(), file);
                continue;
            }
            busy.put(campaign.id(), new AtomicBoolean());
            schedules.add(ticks.schedule(() -> tick(campaign.id(), file), new CronTrigger(campaign.schedule())));
            log.info("Campaign {} scheduled: {}", campaign.id(), campaign.schedule());
            scheduled.add(campaign.id());
        }
        return scheduled;
    }

    private void tick(String campaignId, Path file) {
        AtomicBoolean running = busy.get(campaignId);
        if (!running.compareAndSet(false, true)) {
            log.info("Campaign {}: the previous run is still going; this tick is skipped", campaignId);
            spring.getBean(CampaignMetrics.class).registry().counter("campaign.runs.skipped", "campaign",
                    campaignId).increment();
            return;
        }
        try {
            runner.execute(() -> {
                try {
                    runOnce(campaignId, file);
                } finally {
                    running.set(false);
                }
            });
        } catch (RuntimeException rejected) {
            running.set(false);
            throw rejected;
        }
    }

    private void runOnce(String campaignId, Path file) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, true, StandardCharsets.UTF_8);
        String result;
        try {
            Campaign campaign = CampaignFileReader.read(file);
            log.info("Campaign {}: scheduled run starting", campaignId);
            int code = RunCommand.runCampaign(spring, campaign, dataFolder, out, out);
            result = switch (code) {
                case CampaignRun.COMPLETED -> "completed";
                case CampaignRun.RETRYABLE_ERRORS_LEFT -> "retryable_errors";
                default -> "failed";
            };
        } catch (CampaignFileException e) {
            log.error("Campaign {}: the campaign file cannot be used: {}", campaignId, e.getMessage());
            result = "bad_campaign_file";
        } catch (Exception e) {
            log.error("Campaign {}: the run failed: {}", campaignId, CampaignRun.rootMessage(e));
            result = "failed";
        }
        String summary = captured.toString(StandardCharsets.UTF_8).strip();
        log.info("Campaign {}: scheduled run ended ({}){}{}", campaignId, result, summary.isEmpty() ? "" : "\n",
                summary);
        spring.getBean(CampaignMetrics.class).registry().counter("campaign.runs", "campaign", campaignId,
                "result", result).increment();
    }

    @Override
    public void close() {
        schedules.forEach(schedule -> schedule.cancel(false));
        ticks.shutdown();
        // An interrupted run stops at its next chunk and is continued by the next run; wait for that stop so
        // the context is not closed under it.
        runner.shutdownNow();
        try {
            if (!runner.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS)) {
                log.warn("A campaign run did not stop within 30 s of shutdown");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
