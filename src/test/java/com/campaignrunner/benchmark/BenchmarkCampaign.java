package com.campaignrunner.benchmark;

import com.campaignrunner.cli.CampaignRunnerCli;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One campaign run for a benchmark: a campaign file against the in-process sandbox, run through the command line
 * as a user runs it, and what the run left behind: step times from the job repository, row states from the
 * ledger, and the calls the sandbox received.
 */
final class BenchmarkCampaign {

    private final String id;
    private final Path folder;
    private final Path candidates;
    private final Path resumes;
    private int concurrency = 16;
    private double rateLimit;
    private long latencyMillis;

    BenchmarkCampaign(String id, Path folder, Path candidates, Path resumes) {
        this.id = id;
        this.folder = folder;
        this.candidates = candidates;
        this.resumes = resumes;
    }

    BenchmarkCampaign concurrency(int calls) {
        concurrency = calls;
        return this;
    }

    BenchmarkCampaign rateLimit(double callsPerSecond) {
        rateLimit = callsPerSecond;
        return this;
    }

    BenchmarkCampaign latency(long millis) {
        latencyMillis = millis;
        return this;
    }

    /** What a run did and what it cost. */
    record Outcome(int exitCode, Duration wall, Duration processCpu, Duration sandboxCpu,
            Map<String, Duration> steps, Duration job, Map<RowState, Integer> rows, List<SandboxCall> calls) {

        Duration step(String name) {
            return steps.getOrDefault(name, Duration.ZERO);
        }

        int rowsIn(RowState... states) {
            int sum = 0;
            for (RowState state : states) {
                sum += rows.getOrDefault(state, 0);
            }
            return sum;
        }
    }

    /** Runs the campaign once; the run's own output goes to {@code log}, since the suite prints only its table. */
    Outcome run(Path log) throws Exception {
        Path data = folder.resolve("data");
        Path campaignFile = writeCampaignFile();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        SandboxCpu sandboxCpu = SandboxCpu.start();
        long cpuBefore = os.getProcessCpuTime();
        long start = System.nanoTime();
        int code = RunLog.into(log, out -> CampaignRunnerCli.execute(new String[] {"run", campaignFile.toString(),
            "--data", data.toString()}, out, out));
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Duration cpu = Duration.ofNanos(os.getProcessCpuTime() - cpuBefore);
        Duration sandbox = sandboxCpu.stop();
        Map<String, Duration> steps = new LinkedHashMap<>();
        Duration job;
        Map<RowState, Integer> rows = new EnumMap<>(RowState.class);
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("campaign-runner")
                + ";AUTO_SERVER=TRUE", "sa", "")) {
            job = stepTimes(db, steps);
            rowStates(db, rows);
        }
        return new Outcome(code, wall, cpu, sandbox, steps, job, rows,
                SandboxCallLedger.read(data.resolve("sandbox")));
    }

    private Path writeCampaignFile() throws IOException {
        String yaml = """
                campaign: %s
                candidates:
                  file: %s
                resumes:
                  folder: %s
                  max-size-mb: 1
                positions:
                  - name: Backend Engineer
                    location: Remote (Europe)
                    country: GB
                    language: en
                    description: "%s"
                interview:
                  template-id: 7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37
                  type: interview
                  interview-type: pre-screening
                  visibility: merchant_invite
                selection:
                  recommendations: [ai_accept, recruiter_action]
                invitations:
                  send-email: false
                collection:
                  wait-seconds: 0
                export:
                  folder: %s
                api:
                  base-url: sandbox
                  concurrency: %d
                  rate-limit: %s
                  timeout-seconds: 60
                  registration-batch: 50
                sandbox:
                  latency-ms: %d
                  complete-share: 0
                  abandon-share: 0
                  fail-share: 0
                """.formatted(id, candidates, resumes, CandidateFiles.POSITION_DESCRIPTION,
                folder.resolve("exports"), concurrency, rateLimit, latencyMillis);
        // No interview ends during the run: collection finds nothing to fetch, so the figures are those of
        // intake, screening, registration and export, which the benchmark is about.
        Path file = folder.resolve(id + ".yml");
        Files.writeString(file, yaml);
        return file;
    }

    /** Fills step durations of the latest execution and returns the job's own duration. */
    private static Duration stepTimes(Connection db, Map<String, Duration> steps) throws SQLException {
        long execution;
        Duration job;
        try (PreparedStatement query = db.prepareStatement("select job_execution_id, start_time, end_time from "
                + "batch_job_execution order by job_execution_id desc fetch first 1 rows only");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            execution = rs.getLong(1);
            job = between(rs, 2, 3);
        }
        try (PreparedStatement query = db.prepareStatement("select step_name, start_time, end_time from "
                + "batch_step_execution where job_execution_id = ? order by step_execution_id")) {
            query.setLong(1, execution);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    steps.put(rs.getString(1), between(rs, 2, 3));
                }
            }
        }
        return job;
    }

    private static Duration between(ResultSet rs, int start, int end) throws SQLException {
        return Duration.between(rs.getTimestamp(start).toInstant(), rs.getTimestamp(end).toInstant());
    }

    private void rowStates(Connection db, Map<RowState, Integer> rows) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select state, count(*) from ledger_row where "
                + "campaign_id = ? group by state")) {
            query.setString(1, id);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.put(RowState.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
        }
    }
}
