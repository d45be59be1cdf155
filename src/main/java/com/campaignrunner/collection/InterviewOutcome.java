package com.campaignrunner.collection;

import com.campaignrunner.api.ResultRow;
import com.campaignrunner.ledger.RowState;
import java.util.Locale;

/** Reads a results-list row as the end of an interview, or null while the candidate has not finished. */
final class InterviewOutcome {

    private InterviewOutcome() {
    }

    static RowState of(ResultRow result) {
        String coach = result.coachStatus() == null ? "" : result.coachStatus().toLowerCase(Locale.ROOT);
        boolean submitted = "active".equalsIgnoreCase(result.status())
                && "completed".equalsIgnoreCase(result.processingStatus());
        if (coach.startsWith("completed") && submitted && result.interviewResultId() != null) {
            return RowState.COMPLETED;
        }
        if (coach.equals("abandoned")) {
            return RowState.ABANDONED;
        }
        if (coach.equals("failed") || coach.startsWith("terminated")) {
            return RowState.FAILED_INTERVIEW;
        }
        return null;
    }
}
