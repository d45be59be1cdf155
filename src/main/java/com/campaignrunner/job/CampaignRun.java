package com.campaignrunner.job;

import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.RowState;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Runs a campaign or continues it. A failed, stopped or killed execution is continued (the same job instance);
 * after a completed one the next run starts, which picks up new rows and newly finished interviews. The run
 * number is the only identifying parameter besides the campaign, so restarts find their instance again.
 */
@Component
public class CampaignRun {

    /** Exit codes of {@code run}. */
    public static final int COMPLETED = 0;
    public static final int FAILED = 1;
    public static final int RETRYABLE_ERRORS_LEFT = 3;

    private static final Logger log = LoggerFactory.getLogger(CampaignRun.class);
    private static final String RUN_COUNTER = "run-number";

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job campaignJob;
    private final Ledger ledger;
    private final RunLock lock;
    private final CampaignContext context;

    public CampaignRun(JobOperator jobOperator, JobRepository jobRepository, Job campaignJob, Ledger ledger,
            RunLock lock, CampaignContext context) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.campaignJob = campaignJob;
        this.ledger = ledger;
        this.lock = lock;
        this.context = context;
    }

    /** How a run ended: its exit code and, when it did not complete, why in one line. */
    public record Outcome(int exitCode, String problem) {
    }

    public Outcome run() throws Exception {
        String campaignId = context.campaignId();
        lock.acquire(campaignId);
        try {
            JobParameters parameters = parametersForThisRun(campaignId);
            JobExecution execution = launch(parameters);
            return exitCode(campaignId, execution);
        } finally {
            lock.release(campaignId);
        }
    }

    private JobParameters parametersForThisRun(String campaignId) {
        long run = ledger.resource(campaignId, RUN_COUNTER).map(Long::parseLong).orElse(1L);
        JobParameters parameters = parameters(campaignId, run);
        JobInstance instance = jobRepository.getJobInstance(CampaignJobConfiguration.JOB_NAME, parameters);
        if (instance == null) {
            ledger.putResource(campaignId, RUN_COUNTER, Long.toString(run), "CREATED");
            return parameters;
        }
        JobExecution last = jobRepository.getLastJobExecution(instance);
        if (last == null) {
            return parameters;
        }
        BatchStatus status = last.getStatus();
        if (status.isRunning()) {
            // We hold the campaign lock, so the process that ran this execution is gone.
            log.warn("Run {} of campaign '{}' was interrupted (execution {} still marked {}); recovering it",
                    run, campaignId, last.getId(), status);
            jobOperator.recover(last);
            return parameters;
        }
        if (status == BatchStatus.COMPLETED || status == BatchStatus.ABANDONED) {
            long next = run + 1;
            ledger.putResource(campaignId, RUN_COUNTER, Long.toString(next), "CREATED");
            return parameters(campaignId, next);
        }
        log.info("Continuing run {} of campaign '{}' after its last execution ended {}", run, campaignId, status);
        return parameters;
    }

    private static JobParameters parameters(String campaignId, long run) {
        return new JobParametersBuilder()
                .addString("campaign", campaignId)
                .addLong("run", run)
                .toJobParameters();
    }

    private JobExecution launch(JobParameters parameters) throws Exception {
        try (GracefulStop stop = GracefulStop.onSignals(() -> {
            JobExecution running = jobRepository.getLastJobExecution(CampaignJobConfiguration.JOB_NAME,
                    parameters);
            if (running != null && running.isRunning()) {
                log.warn("Stopping after the calls in flight; run the campaign again to continue");
                try {
                    jobOperator.stop(running);
                } catch (JobExecutionNotRunningException finishedMeanwhile) {
                    // Nothing left to stop.
                }
            }
        })) {
            return jobOperator.start(campaignJob, parameters);
        }
    }

    private Outcome exitCode(String campaignId, JobExecution execution) {
        Map<RowState, Integer> counts = ledger.countByState(campaignId);
        log.info("Run ended {}: {}", execution.getStatus(), counts);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            return new Outcome(FAILED, "The run stopped on request; run the campaign again to continue where it "
                    + "stopped.");
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            String why = execution.getAllFailureExceptions().stream().findFirst().map(CampaignRun::rootMessage)
                    .orElse("execution ended " + execution.getStatus());
            return new Outcome(FAILED, "The run failed: " + why);
        }
        int retryable = ledger.countRetryableErrors(campaignId);
        return retryable > 0 ? new Outcome(RETRYABLE_ERRORS_LEFT, retryable + " rows hold retryable errors; run "
                + "the campaign again to retry them.") : new Outcome(COMPLETED, null);
    }

    public static String rootMessage(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            if (cause instanceof RunAbortedException) {
                break;
            }
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
