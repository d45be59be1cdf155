package com.campaignrunner.job;

import com.campaignrunner.collection.InterviewCollector;
import com.campaignrunner.export.ExportTasklet;
import com.campaignrunner.intake.CandidateFileItemReader;
import com.campaignrunner.intake.RowStager;
import com.campaignrunner.intake.SourceRow;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.LedgerRowReader;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.metrics.CampaignMetrics;
import com.campaignrunner.progress.StepProgress;
import com.campaignrunner.registration.Registrar;
import com.campaignrunner.screening.ScreeningOutcome;
import com.campaignrunner.screening.Screener;
import com.campaignrunner.screening.ScreeningRecorder;
import com.campaignrunner.setup.CampaignSetup;
import java.util.Set;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * The campaign job, step by step as the product design describes it. Step names are restart keys: they never
 * change once released.
 */
@Configuration
public class CampaignJobConfiguration {

    public static final String JOB_NAME = "campaign";
    private static final int INTAKE_CHUNK = 200;
    /**
     * Many times the calls in flight: a chunk ends by waiting for its slowest call and committing, with the slots
     * idle meanwhile, so the longer the chunk the smaller that pause's share. It also bounds the calls in flight.
     */
    private static final int SCREENING_CHUNK = 256;
    /** Rows per registration chunk; the registrar splits them into batch calls of the campaign's size. */
    private static final int REGISTRATION_CHUNK = 200;

    @Bean
    public Job campaignJob(JobRepository jobRepository, Step intake, Step setup, Step screening, Step registration,
            Step collection, Step export, CampaignMetrics metrics) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .listener(metrics)
                .start(intake)
                .next(setup)
                .next(screening)
                .next(registration)
                .next(collection)
                .next(export)
                .build();
    }

    @Bean
    public Step intake(JobRepository jobRepository, JdbcTransactionManager transactionManager,
            CampaignContext context, Ledger ledger, CampaignMetrics metrics) {
        CandidateFileItemReader reader = new CandidateFileItemReader(context);
        RowStager stager = new RowStager(context, ledger, reader);
        return new StepBuilder("intake", jobRepository)
                .<SourceRow, LedgerRow>chunk(INTAKE_CHUNK)
                .transactionManager(transactionManager)
                .reader(reader)
                .processor(stager)
                .writer(rows -> ledger.stage(rows.getItems()))
                .listener(new IntakeSummary(context, ledger, stager))
                .listener(StepProgress.ofRows("intake", context, ledger, Set.of(), Set.of(RowState.INVALID)))
                .listener(metrics)
                .build();
    }

    @Bean
    public Step setup(JobRepository jobRepository, JdbcTransactionManager transactionManager,
            CampaignSetup campaignSetup, CampaignMetrics metrics) {
        return new StepBuilder("setup", jobRepository)
                .tasklet(campaignSetup, transactionManager)
                .listener(metrics)
                .build();
    }

    @Bean
    public Step screening(JobRepository jobRepository, JdbcTransactionManager transactionManager,
            CampaignContext context, Ledger ledger, Screener screener, ScreeningRecorder recorder,
            CampaignMetrics metrics, InFlight inFlight) {
        return new StepBuilder("screening", jobRepository)
                .<LedgerRow, ScreeningOutcome>chunk(SCREENING_CHUNK)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader(ledger, context::campaignId, Set.of(RowState.STAGED,
                        RowState.SCREENING), "screening", page -> inFlight.commit(() -> ledger.claim(
                                context.campaignId(), page.stream().map(LedgerRow::rowNumber).toList(),
                                RowState.STAGED, "screening", RowState.SCREENING))))
                .processor(screener)
                .writer(recorder)
                .taskExecutor(callers(context))
                .listener(StepProgress.ofRows("screening", context, ledger, Set.of(RowState.STAGED,
                        RowState.SCREENING), Set.of(RowState.ERROR)))
                .listener(metrics)
                .build();
    }

    @Bean
    public Step registration(JobRepository jobRepository, JdbcTransactionManager transactionManager,
            CampaignContext context, Ledger ledger, Registrar registrar, CampaignMetrics metrics) {
        return new StepBuilder("registration", jobRepository)
                .<LedgerRow, LedgerRow>chunk(REGISTRATION_CHUNK)
                .transactionManager(transactionManager)
                .reader(new LedgerRowReader(ledger, context::campaignId, Set.of(RowState.SCREENED,
                        RowState.REGISTERING), "registration"))
                .writer(registrar)
                .listener(StepProgress.ofRows("registration", context, ledger, Set.of(RowState.SCREENED,
                        RowState.REGISTERING), Set.of(RowState.ERROR)))
                .listener(metrics)
                .build();
    }

    @Bean
    public Step collection(JobRepository jobRepository, JdbcTransactionManager transactionManager,
            InterviewCollector collector, CampaignContext context, Ledger ledger, CampaignMetrics metrics) {
        return new StepBuilder("collection", jobRepository)
                .tasklet(collector, transactionManager)
                .listener((StepExecutionListener) StepProgress.ofLedger("collection", context, ledger,
                        Set.of(RowState.REGISTERED, RowState.COMPLETED), Set.of(RowState.COLLECTED,
                        RowState.ABANDONED, RowState.FAILED_INTERVIEW), Set.of(RowState.ERROR)))
                .listener(metrics)
                .build();
    }

    @Bean
    public Step export(JobRepository jobRepository, JdbcTransactionManager transactionManager,
            ExportTasklet exportTasklet) {
        return new StepBuilder("export", jobRepository)
                .tasklet(exportTasklet, transactionManager)
                .build();
    }

    /** Worker threads for the calls of a step; the client's gate bounds how many calls are really in flight. */
    private static SimpleAsyncTaskExecutor callers(CampaignContext context) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("api-call-");
        executor.setConcurrencyLimit(256);
        return executor;
    }
}
