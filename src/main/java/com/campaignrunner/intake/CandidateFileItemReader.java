package com.campaignrunner.intake;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Streams the campaign's candidate file row by row. Remembers how many rows it handed out, so a restarted
 * intake continues after the last committed chunk instead of reading the file again from the top.
 */
public class CandidateFileItemReader implements ItemStreamReader<SourceRow> {

    private static final String ROWS_READ = "intake.rows.read";

    private final CampaignContext context;
    private CandidateSheet sheet;
    private long rowsRead;

    public CandidateFileItemReader(CampaignContext context) {
        this.context = context;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        Campaign.CandidateSource source = context.campaign().candidates();
        try {
            sheet = CandidateSheet.open(source.file(), IntakeOptionsFactory.from(source));
        } catch (IntakeException e) {
            throw new ItemStreamException(e.getMessage(), e);
        }
        long alreadyRead = executionContext.getLong(ROWS_READ, 0L);
        while (rowsRead < alreadyRead && sheet.hasNext()) {
            sheet.next();
            rowsRead++;
        }
    }

    /** The open sheet, for the header and the file's warnings. */
    public CandidateSheet sheet() {
        return sheet;
    }

    @Override
    public SourceRow read() {
        if (sheet == null || !sheet.hasNext()) {
            return null;
        }
        rowsRead++;
        return sheet.next();
    }

    @Override
    public void update(ExecutionContext executionContext) {
        executionContext.putLong(ROWS_READ, rowsRead);
    }

    @Override
    public void close() {
        if (sheet != null) {
            sheet.close();
            sheet = null;
        }
        rowsRead = 0;
    }
}
