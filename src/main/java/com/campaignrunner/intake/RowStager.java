package com.campaignrunner.intake;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import java.util.List;
import com.campaignrunner.ledger.RowState;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one source row into its ledger record through the {@link RowCheck} that {@code validate} uses too.
 * Invalid rows are staged as well, with the reason, the column and the fix; duplicates are also looked for among
 * the rows earlier runs staged. Rows already in the ledger from an earlier run are left as they are, but for
 * invalid rows corrected in the file since.
 */
public class RowStager implements ItemProcessor<SourceRow, LedgerRow> {

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
        if (staged.isEmpty() || staged.get().state() == RowState.INVALID) {
            LedgerRow checked = check(campaign).check(source);
            return staged.isPresent() && sameProblem(staged.get(), checked) ? null : checked;
        }
        refuseIfMoved(staged.get(), check(campaign).candidate(source));
        return null;
    }

    private static boolean sameProblem(LedgerRow before, LedgerRow now) {
        return now.state() == RowState.INVALID && Objects.equals(before.problemMessage(), now.problemMessage())
                && Objects.equals(before.emailKey(), now.emailKey());
    }

    /**
     * Rows are known by their row number. Another candidate at a staged row means rows were inserted, deleted or
     * re-sorted; going on would pin results on the wrong people and skip the newcomers, so the run stops before
     * any call.
     */
    private static void refuseIfMoved(LedgerRow staged, Candidate now) {
        String email = now.email() == null ? null : now.email().trim().toLowerCase(Locale.ROOT);
        if (staged.emailKey() != null && !staged.emailKey().equals(email)) {
            throw new CandidateFileChangedException("Row " + staged.rowNumber() + " of the candidate file holds "
                    + "another candidate than when it was first read: rows were inserted, deleted or re-sorted. "
                    + "Rows are matched by row number, so put the file back in its earlier order and add new "
                    + "candidates at the end (a corrected invalid row is fine), or start the new list as a new "
                    + "campaign.");
        }
    }

    /** The candidate file no longer lines up with the ledger. */
    public static class CandidateFileChangedException extends RuntimeException {

        public CandidateFileChangedException(String message) {
            super(message);
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
