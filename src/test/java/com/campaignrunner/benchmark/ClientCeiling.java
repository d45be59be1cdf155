package com.campaignrunner.benchmark;

import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.PreScreeningPosition;
import com.campaignrunner.api.PreScreeningPositionRequest;
import com.campaignrunner.api.ResumeTextRequest;
import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The ceiling a campaign can reach on this machine at this moment: the product's API client alone, with no
 * ledger and no batch steps, keeping {@code concurrency} pre-screening calls in flight against the sandbox. What
 * it loses to C/L is the transport, the sandbox's own work and the machine's load; what a campaign loses beyond
 * it is the runner's.
 */
final class ClientCeiling {

    private ClientCeiling() {
    }

    /** Calls per second and the mean time of one call, as the client saw it. */
    record Ceiling(double perSecond, Duration meanCall) {
    }

    static Ceiling measure(Path stateFolder, int concurrency, long latencyMillis, int calls) throws Exception {
        SandboxSettings settings = SandboxSettings.builder().port(0).fixedLatency(latencyMillis).build();
        ExecutorService callers = Executors.newFixedThreadPool(concurrency);
        try (SandboxServer sandbox = SandboxServer.start(settings, stateFolder);
                JobMojitoClient client = new JobMojitoClient(new ApiSettings(sandbox.baseUrl(), "ceiling-token",
                        concurrency, 0, ApiSettings.RetrySettings.defaults(), Duration.ofSeconds(60)), null)) {
            PreScreeningPosition position = client.createPreScreeningPosition(new PreScreeningPositionRequest(
                    "Backend Engineer", "Remote (Europe)", "GB", CandidateFiles.POSITION_DESCRIPTION, null, "en",
                    null, null));
            List<Future<Long>> timings = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 1; i <= calls; i++) {
                int row = i;
                timings.add(callers.submit(() -> {
                    long sent = System.nanoTime();
                    client.screenResumeText(new ResumeTextRequest(position.positionDefSetId(), "Ceiling Probe",
                            "ceiling" + row + "@example.com", "GB", CandidateFiles.resumeText(row), null, null));
                    return System.nanoTime() - sent;
                }));
            }
            long total = 0;
            for (Future<Long> timing : timings) {
                total += timing.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Ceiling(calls / seconds, Duration.ofNanos(total / calls));
        } finally {
            callers.shutdownNow();
        }
    }
}
