package com.campaignrunner.export;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.intake.CandidateSheet;
import com.campaignrunner.intake.IntakeException;
import com.campaignrunner.intake.IntakeOptionsFactory;
import com.campaignrunner.intake.SourceRow;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.CampaignJobConfiguration;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.metrics.CampaignMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.stereotype.Component;

/** Writes the bundle from the ledger and marks the rows it showed for the first time. */
@Component
public class ExportTasklet implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(ExportTasklet.class);
    private static final String LAST_EXPORT = "last-export";

    private final CampaignContext context;
    private final Ledger ledger;
    private final JobRepository jobRepository;
    private final CampaignMetrics metrics;

    public ExportTasklet(CampaignContext context, Ledger ledger, JobRepository jobRepository,
            CampaignMetrics metrics) {
        this.context = context;
        this.ledger = ledger;
        this.jobRepository = jobRepository;
        this.metrics = metrics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Bundle bundle = writeBundle();
        log.info("Bundle written: {} ({} rows)", bundle.folder(), bundle.rows());
        return RepeatStatus.FINISHED;
    }

    public Bundle writeBundle() throws java.io.IOException {
        Campaign campaign = context.campaign();
        Instant previous = ledger.resource(campaign.id(), LAST_EXPORT).map(Instant::parse).orElse(null);
        ExportRequest request = new ExportRequest(campaign.id(), campaign.id(), context.sandbox(), runs(campaign),
                campaign.exportFolder(), context.collectedFolder(), credits(campaign), previous, handBack(campaign),
                metrics.snapshot(campaign.id()));
        Bundle bundle = new BundleWriter().write(request, action -> ledger.forEachRow(campaign.id(), action));
        Instant now = Instant.now();
        ledger.markExported(campaign.id(), now);
        ledger.putResource(campaign.id(), LAST_EXPORT, now.toString(), "CREATED");
        return bundle;
    }

    private List<RunInfo> runs(Campaign campaign) {
        List<RunInfo> runs = new ArrayList<>();
        for (JobInstance instance : jobRepository.getJobInstances(CampaignJobConfiguration.JOB_NAME, 0,
                1000)) {
            for (JobExecution execution : jobRepository.getJobExecutions(instance)) {
                if (campaign.id().equals(execution.getJobParameters().getString("campaign"))) {
                    runs.add(new RunInfo(execution.getId(), execution.getStatus().name(),
                            instant(execution.getStartTime()), instant(execution.getEndTime())));
                }
            }
        }
        runs.sort((a, b) -> Long.compare(a.executionId(), b.executionId()));
        return runs;
    }

    private static Instant instant(java.time.LocalDateTime time) {
        return time == null ? null : time.atZone(java.time.ZoneId.systemDefault()).toInstant();
    }

    private Map<String, Double> credits(Campaign campaign) {
        return CampaignMetrics.creditsAccountedFor(ledger, campaign.id());
    }


    private static HandBack handBack(Campaign campaign) {
        Campaign.CandidateSource source = campaign.candidates();
        try (CandidateSheet sheet = CandidateSheet.open(source.file(), IntakeOptionsFactory.from(source))) {
            HandBack.Format format = HandBack.Format.valueOf(sheet.format().name());
            return new HandBack(format, source.file().getFileName().toString(), sheet.header(),
                    () -> rowsOf(source), sheet.charset(), sheet.format().name().equals("CSV") ? sheet.delimiter()
                            : ',');
        } catch (IntakeException e) {
            log.warn("The candidate file cannot be handed back: {}", e.getMessage());
            return null;
        }
    }

    /** Reads the candidate file again, closing it once the last row is handed out. */
    private static Iterator<HandBack.RowCells> rowsOf(Campaign.CandidateSource source) {
        CandidateSheet sheet;
        try {
            sheet = CandidateSheet.open(source.file(), IntakeOptionsFactory.from(source));
        } catch (IntakeException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = sheet.hasNext();
                if (!more) {
                    sheet.close();
                }
                return more;
            }

            @Override
            public HandBack.RowCells next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                SourceRow row = sheet.next();
                return new HandBack.RowCells(row.rowNumber(), row.cells());
            }
        };
    }

}
