package com.campaignrunner.collection;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.api.ApiFailure;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.Page;
import com.campaignrunner.api.ReportLink;
import com.campaignrunner.api.ResultListQuery;
import com.campaignrunner.api.ResultRow;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.InFlight;
import com.campaignrunner.job.RunAbortedException;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.setup.CampaignSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/**
 * Finds finished interviews in the results list and stores each one's transcript and PDF report. Waits up to
 * the campaign's collection wait for interviews still in progress; the next run collects the rest.
 */
@Component
public class InterviewCollector implements Tasklet {

    static final String STEP = "collection";
    private static final Logger log = LoggerFactory.getLogger(InterviewCollector.class);
    private static final Duration POLL = Duration.ofSeconds(1);

    private final CampaignContext context;
    private final Ledger ledger;
    private final InFlight inFlight;

    public InterviewCollector(CampaignContext context, Ledger ledger, InFlight inFlight) {
        this.context = context;
        this.ledger = ledger;
        this.inFlight = inFlight;
    }

    /**
     * One poll: record interviews that ended, collect the finished ones, and come back after a pause while some
     * are still running and the wait is not over. Each poll commits on its own.
     */
    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        String campaignId = context.campaignId();
        String interviewId = ledger.resource(campaignId, CampaignSetup.interviewKey()).orElse(null);
        if (interviewId == null) {
            return RepeatStatus.FINISHED;
        }
        Files.createDirectories(context.collectedFolder());
        LocalDateTime started = chunkContext.getStepContext().getStepExecution().getStartTime();
        Instant deadline = (started == null ? Instant.now() : started.atZone(ZoneId.systemDefault()).toInstant())
                .plus(context.campaign().collectionWait());
        int pending = poll(campaignId, interviewId);
        if (pending > 0 && Instant.now().plus(POLL).isBefore(deadline)) {
            Thread.sleep(POLL.toMillis());
            return RepeatStatus.CONTINUABLE;
        }
        log.info("Collection: {} interviews still pending", pending);
        return RepeatStatus.FINISHED;
    }

    /**
     * One poll without waiting, outside any job (the export command collects before it writes a bundle). Returns
     * how many interviews are still in progress.
     */
    public int collectNow() throws InterruptedException, IOException {
        String campaignId = context.campaignId();
        String interviewId = ledger.resource(campaignId, CampaignSetup.interviewKey()).orElse(null);
        if (interviewId == null) {
            return 0;
        }
        Files.createDirectories(context.collectedFolder());
        return poll(campaignId, interviewId);
    }

    private int poll(String campaignId, String interviewId) throws InterruptedException {
        try {
            int pending = updateInterviewStates(campaignId, interviewId);
            collectFinished(campaignId);
            return pending;
        } catch (ApiException e) {
            if (e.failure() == ApiFailure.UNAUTHORISED) {
                throw new RunAbortedException("The API refused the token: " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** Moves registered rows whose interview ended; returns how many are still waiting for their candidate. */
    private int updateInterviewStates(String campaignId, String interviewId) {
        List<LedgerRow> registered = ledger.rowsInState(campaignId, Set.of(RowState.REGISTERED));
        if (registered.isEmpty()) {
            return 0;
        }
        Map<String, ResultRow> results = results(interviewId);
        // One commit for the whole poll, made before the workers that collect transcripts read these rows on
        // their own connections.
        return inFlight.commit(() -> {
            int pending = 0;
            for (LedgerRow row : registered) {
                ResultRow result = results.getOrDefault("x:" + row.externalId(), results.get("e:" + row.emailKey()));
                RowState next = result == null ? null : InterviewOutcome.of(result);
                if (next == null) {
                    pending++;
                    if (result != null && result.coachStatus() != null
                            && !result.coachStatus().equals(row.interviewStatus())) {
                        ledger.advance(campaignId, row.rowNumber(), Set.of(RowState.REGISTERED),
                                RowState.REGISTERED, Map.of("interview_status", result.coachStatus()));
                    }
                    continue;
                }
                Map<String, Object> changes = new HashMap<>();
                changes.put("interview_status", result.coachStatus());
                changes.put("interview_result_id", result.interviewResultId());
                changes.put("interview_score", result.score());
                changes.put("finished_at", Instant.now());
                ledger.advance(campaignId, row.rowNumber(), Set.of(RowState.REGISTERED), next, changes);
            }
            return pending;
        });
    }

    private Map<String, ResultRow> results(String interviewId) {
        Map<String, ResultRow> byCandidate = new HashMap<>();
        ResultListQuery query = new ResultListQuery(interviewId, null, "interview", null, "updated_at_newest",
                1000, 0);
        while (true) {
            Page<ResultRow> page = context.client().listResults(query);
            for (ResultRow row : page.data()) {
                if (row.externalId() != null) {
                    byCandidate.putIfAbsent("x:" + row.externalId(), row);
                }
                if (row.candidateEmail() != null) {
                    byCandidate.putIfAbsent("e:" + row.candidateEmail().trim().toLowerCase(Locale.ROOT), row);
                }
            }
            if (page.pagination() == null || !page.pagination().hasMore() || page.data().isEmpty()) {
                return byCandidate;
            }
            query = query.nextPage();
        }
    }

    private void collectFinished(String campaignId) throws InterruptedException {
        List<LedgerRow> finished = new ArrayList<>(ledger.rowsInState(campaignId, Set.of(RowState.COMPLETED)));
        finished.addAll(ledger.retryableErrors(campaignId, STEP));
        if (finished.isEmpty()) {
            return;
        }
        ExecutorService workers = Executors.newFixedThreadPool(Math.min(finished.size(),
                context.campaign().api().concurrency()));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (LedgerRow row : finished) {
                futures.add(workers.submit(() -> collect(row)));
            }
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private void collect(LedgerRow row) {
        JobMojitoClient client = context.client();
        String stem = String.format(Locale.ROOT, "row-%06d", row.rowNumber());
        try {
            String details = client.getInterviewDetailsJson(row.interviewResultId());
            writeAtomically(stem + ".json", details.getBytes(StandardCharsets.UTF_8));
            ReportLink link = client.createPdfReport(row.interviewResultId());
            writeAtomically(stem + ".pdf", client.download(link.pdfExportUrl()));
            ledger.advance(context.campaignId(), row.rowNumber(), Set.of(row.state()), RowState.COLLECTED,
                    Map.of("transcript_file", stem + ".json", "report_file", stem + ".pdf",
                            "collected_at", Instant.now()));
        } catch (ApiException e) {
            if (e.failure() == ApiFailure.UNAUTHORISED) {
                throw e;
            }
            log.warn("Row {}: collecting the interview failed ({}): {}", row.rowNumber(), e.failure(),
                    e.getMessage());
            ledger.recordError(context.campaignId(), row.rowNumber(), Set.of(row.state()), STEP,
                    e.failure().name(), e.field(), e.getMessage(), e.failure() != ApiFailure.INVALID_REQUEST);
        }
    }

    private void writeAtomically(String name, byte[] content) {
        Path target = context.collectedFolder().resolve(name);
        Path partial = target.resolveSibling(name + ".partial");
        try {
            Files.write(partial, content);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + target, e);
        }
    }
}
