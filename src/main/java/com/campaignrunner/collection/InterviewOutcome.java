package com.campaignrunner.collection;

import com.campaignrunner.api.ResultRow;
import com.campaignrunner.ledger.RowState;
import java.util.Locale;

/**
 * Reads how an interview ended, from a results-list row or a webhook, or null while the candidate has not
 * finished (or finished but the result is not yet submitted and scored).
 */
public final class InterviewOutcome {

    private InterviewOutcome() {
    }

    static RowState of(ResultRow result) {
        return of(result.status(), result.processingStatus(), result.coachStatus(), result.interviewResultId());
    }

    /**
     * @param status the result's status: draft, active (submitted) or archived
     * @param processingStatus the AI processing status: new, processing, completed or failed
     * @param interviewStatus the interview (coach) status, such as completed or abandoned
     */
    public static RowState of(String status, String processingStatus, String interviewStatus,
            String interviewResultId) {
        String coach = interviewStatus == null ? "" : interviewStatus.toLowerCase(Locale.ROOT);
        boolean submitted = "active".equalsIgnoreCase(status) && "completed".equalsIgnoreCase(processingStatus);
        if (coach.startsWith("completed") && submitted && interviewResultId != null) {
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
