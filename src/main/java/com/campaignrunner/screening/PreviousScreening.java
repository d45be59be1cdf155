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

    static Optional<ResultRow> find(JobMojitoClient client, LedgerRow row) {
        Page<ResultRow> page = client.listResults(new ResultListQuery(null, null, "pre-screening", row.emailKey(),
                "updated_at_newest", 50, 0));
        return page.data().stream()
                .filter(result -> matches(result, row))
                .findFirst();
    }

    private static boolean matches(ResultRow result, LedgerRow row) {
        if (result.externalId() != null && result.externalId().equals(row.externalId())) {
            return true;
        }
        return result.candidateEmail() != null
                && result.candidateEmail().trim().toLowerCase(Locale.ROOT).equals(row.emailKey());
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
