package com.campaignrunner.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM in the middle of screening: the run finishes its calls in flight, ends STOPPED, and continues later. */
class GracefulStopTests {

    @TempDir
    Path work;

    @Test
    void sigtermStopsTheRunAfterItsCallsInFlightAndTheNextRunContinuesIt() throws Exception {
        CampaignFixture campaign = CampaignFixture.sample(work, "graceful-stop", "candidates.csv", null);
        Files.writeString(campaign.file, Files.readString(campaign.file)
                .replace("ai-latency-ms: 20..60", "ai-latency-ms: 400..600")
                .replace("concurrency: 8", "concurrency: 2"));

        Process runner = runner(campaign, work.resolve("first.log"));
        awaitLog(work.resolve("first.log"), "Activated interview", 60);
        Thread.sleep(1_500);
        runner.destroy();

        assertThat(runner.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(work.resolve("first.log"))).contains("stopped on request");
        assertThat(executionStatuses(campaign)).containsExactly("STOPPED");

        Process second = runner(campaign, work.resolve("second.log"));

        assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).as(Files.readString(work.resolve("second.log"))).isZero();
        assertThat(executionStatuses(campaign)).containsExactly("STOPPED", "COMPLETED");
    }

    private Process runner(CampaignFixture campaign, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"),
                "com.campaignrunner.CampaignRunnerApplication", "run", campaign.file.toString(), "--data",
                campaign.data.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitLog(Path log, String text, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' never appeared: " + Files.readString(log));
    }

    private static List<String> executionStatuses(CampaignFixture campaign) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + campaign.data.resolve("campaign-runner")
                + ";AUTO_SERVER=TRUE", "sa", ""); Statement query = db.createStatement();
                ResultSet rows = query.executeQuery("select status from batch_job_execution order by "
                        + "job_execution_id")) {
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
        }
        return statuses;
    }
}
