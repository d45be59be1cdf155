package com.campaignrunner.screening;

import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.Page;
import com.campaignrunner.api.ResultListQuery;
import com.campaignrunner.api.ResultRow;
import com.campaignrunner.ledger.LedgerRow;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks the API whether a candidate was already pre-screened, for a row whose call went out but whose answer was
 * never recorded (a crash, a timeout). Finding the result saves a second, paid pre-screen.
 */
final class PreviousScreening {

    private PreviousScreening() {
    }

    /**
     * @param positionId the position this campaign screens the row against, or null when unknown: then only a
     *                   result carrying this campaign's own external id counts
     */
    static Optional<ResultRow> find(JobMojitoClient client, LedgerRow row, String positionId) {
        Page<ResultRow> page = client.listResults(new ResultListQuery(null, null, "pre-screening", row.emailKey(),
                "updated_at_newest", 50, 0));
        return page.data().stream()
                .filter(result -> matches(result, row, positionId))
                .findFirst();
    }

    /**
     * The same candidate may have been screened by another campaign, against another position: only a result for
     * this campaign's position, or one carrying this campaign's external id, stands for this row.
     */
    private static boolean matches(ResultRow result, LedgerRow row, String positionId) {
        if (positionId != null && result.definitionId() != null) {
            return result.definitionId().equals(positionId) && sameCandidate(result, row);
        }
        return result.externalId() != null && result.externalId().equals(row.externalId());
    }

    private static boolean sameCandidate(ResultRow result, LedgerRow row) {
        return (result.externalId() != null && result.externalId().equals(row.externalId()))
                || (result.candidateEmail() != null
                        && result.candidateEmail().trim().toLowerCase(Locale.ROOT).equals(row.emailKey()));
    }

    /** The recommendation a results-list row stands for. */
    static String recommendation(ResultRow result) {
        String status = result.decisionStatus() == null ? "" : result.decisionStatus().toLowerCase(Locale.ROOT);
        if (status.contains("reject")) {
            return "ai_reject";
        }
        if (status.contains("accept")) {
            return "ai_accept";
        }
        return status.contains("recruiter") ? "recruiter_action" : null;
    }
}
