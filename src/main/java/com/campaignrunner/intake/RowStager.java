package com.campaignrunner.intake;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one source row into its ledger record through the {@link RowCheck} that {@code validate} uses too.
 * Invalid rows are staged as well, with the reason, the column and the fix; duplicates are also looked for among
 * the rows earlier runs staged. Rows already in the ledger from an earlier run are left as they are.
 */
public class RowStager implements ItemProcessor<SourceRow, LedgerRow> {

    private static final Logger log = LoggerFactory.getLogger(RowStager.class);

    private final CampaignContext context;
    private final Ledger ledger;
    private final CandidateFileItemReader reader;
    private RowCheck check;
    private CandidateSheet checkedSheet;

    public RowStager(CampaignContext context, Ledger ledger, CandidateFileItemReader reader) {
        this.context = context;
        this.ledger = ledger;
        this.reader = reader;
    }

    @Override
    public LedgerRow process(SourceRow source) {
        Campaign campaign = context.campaign();
        Optional<LedgerRow> staged = ledger.find(campaign.id(), source.rowNumber());
        if (staged.isPresent()) {
            warnIfMoved(staged.get(), check(campaign).candidate(source));
            return null;
        }
        return check(campaign).check(source);
    }

    /** Rows are known by their row number; a different person there means rows were inserted or re-sorted. */
    private static void warnIfMoved(LedgerRow staged, Candidate now) {
        String email = now.email() == null ? null : now.email().trim().toLowerCase(Locale.ROOT);
        if (staged.emailKey() != null && email != null && !staged.emailKey().equals(email)) {
            log.warn("Row {} holds another candidate than when it was staged; rows are matched by row number, so "
                    + "add new candidates at the end of the file. The row keeps what was staged.",
                    staged.rowNumber());
        }
    }

    /** One check per opening of the file: a later run in the same process sees new resumes and a new header. */
    private RowCheck check(Campaign campaign) {
        if (check == null || checkedSheet != reader.sheet()) {
            checkedSheet = reader.sheet();
            try {
                check = new RowCheck(campaign, reader.sheet().header(), (emailKey, rowNumber) -> ledger
                        .firstRowWithEmail(campaign.id(), emailKey, rowNumber));
            } catch (IntakeException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return check;
    }

    /** Resume files that no row named or matched, once the whole file was read. */
    public List<String> unmatchedResumes() {
        return check == null ? List.of() : check.unmatchedResumes();
    }

    /** Stable across runs and crashes: the same candidate of the same campaign always gets the same id. */
    public static String externalId(String campaignId, String emailKey, int rowNumber) {
        return RowCheck.externalId(campaignId, emailKey, rowNumber);
    }
}
