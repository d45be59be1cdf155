package com.campaignrunner.export;

import com.campaignrunner.ledger.LedgerRow;
import java.util.List;

/** The one word HR reads for a row, and the label of its pre-screening recommendation. */
public final class Outcomes {

    static final String INVALID = "Invalid";
    static final String ERROR_WILL_RETRY = "Error (will retry)";
    static final String ERROR = "Error";
    static final String PENDING_SCREENING = "Pending screening";
    static final String NOT_SELECTED = "Not selected";
    static final String INVITED = "Invited, interview pending";
    static final String COMPLETED = "Interview completed";
    static final String ABANDONED = "Interview abandoned";
    static final String FAILED = "Interview failed";

    static final String ACCEPT = "Accept";
    static final String RECRUITER_REVIEW = "Recruiter review";
    static final String REJECT = "Reject";
    static final String NOT_SCREENABLE = "Not screenable";

    /** Furthest along first, so the Summary and its chart read from good news to work left. */
    public static final List<String> ORDER = List.of(COMPLETED, INVITED, ACCEPT, RECRUITER_REVIEW, REJECT,
            NOT_SCREENABLE, NOT_SELECTED, ABANDONED, FAILED, PENDING_SCREENING, INVALID, ERROR_WILL_RETRY, ERROR);

    private Outcomes() {
    }

    public static String outcome(LedgerRow row) {
        return switch (row.state()) {
            case INVALID -> INVALID;
            case ERROR -> Boolean.TRUE.equals(row.errorRetryable()) ? ERROR_WILL_RETRY : ERROR;
            case STAGED, SCREENING -> PENDING_SCREENING;
            case SCREENED -> {
                String label = recommendation(row);
                yield label == null ? NOT_SCREENABLE : label;
            }
            case NOT_SELECTED -> NOT_SELECTED;
            case REGISTERING, REGISTERED -> INVITED;
            case COMPLETED, COLLECTED -> COMPLETED;
            case ABANDONED -> ABANDONED;
            case FAILED_INTERVIEW -> FAILED;
        };
    }

    /** Null while the row has not been screened; an unknown API value is shown as it came. */
    static String recommendation(LedgerRow row) {
        String value = row.recommendation();
        if (value == null || value.isBlank()) {
            return row.decisionStatus() == null ? null : NOT_SCREENABLE;
        }
        return switch (value.trim()) {
            case "ai_accept" -> ACCEPT;
            case "recruiter_action" -> RECRUITER_REVIEW;
            case "ai_reject" -> REJECT;
            default -> value;
        };
    }
}
