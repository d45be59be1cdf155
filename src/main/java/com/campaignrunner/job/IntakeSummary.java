package com.campaignrunner.job;

import com.campaignrunner.intake.RowStager;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.RowState;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.ExitStatus;

/** Says, once the file is read, how many rows were staged or found invalid and which resumes no row used. */
class IntakeSummary implements StepExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(IntakeSummary.class);

    private final CampaignContext context;
    private final Ledger ledger;
    private final RowStager stager;

    IntakeSummary(CampaignContext context, Ledger ledger, RowStager stager) {
        this.context = context;
        this.ledger = ledger;
        this.stager = stager;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        Map<RowState, Integer> counts = ledger.countByState(context.campaignId());
        log.info("Intake: {} rows read, {} new rows staged; {} rows invalid in the ledger",
                stepExecution.getReadCount(), stepExecution.getWriteCount(),
                counts.getOrDefault(RowState.INVALID, 0));
        List<String> unmatched = stager.unmatchedResumes();
        if (!unmatched.isEmpty() && stepExecution.getWriteCount() > 0) {
            String shown = String.join(", ", unmatched.subList(0, Math.min(10, unmatched.size())));
            log.warn("{} resume files no row matched: {}{}", unmatched.size(), shown, unmatched.size() > 10
                    ? ", …" : "");
        }
        return stepExecution.getExitStatus();
    }
}
