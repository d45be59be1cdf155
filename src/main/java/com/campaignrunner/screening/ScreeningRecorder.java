package com.campaignrunner.screening;

import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

/** Records each screening outcome in the ledger, in the chunk's transaction. */
@Component
public class ScreeningRecorder implements ItemWriter<ScreeningOutcome> {

    private final CampaignContext context;
    private final Ledger ledger;

    public ScreeningRecorder(CampaignContext context, Ledger ledger) {
        this.context = context;
        this.ledger = ledger;
    }

    @Override
    public void write(Chunk<? extends ScreeningOutcome> outcomes) {
        for (ScreeningOutcome outcome : outcomes) {
            ledger.advance(context.campaignId(), outcome.row().rowNumber(), outcome.from(), outcome.to(),
                    outcome.changes());
        }
    }
}
