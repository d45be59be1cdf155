package com.campaignrunner.ledger;

/**
 * Where a row stands. States move forward only, with one named exception ({@link Ledger#reopenForAnotherAttempt});
 * ERROR records a call that failed after every retry.
 */
public enum RowState {
    STAGED,
    INVALID,
    SCREENING,
    SCREENED,
    REGISTERING,
    REGISTERED,
    NOT_SELECTED,
    COMPLETED,
    ABANDONED,
    FAILED_INTERVIEW,
    COLLECTED,
    ERROR;

    /** Nothing more will happen to the row in this campaign without a person. */
    public boolean terminal() {
        return this == INVALID || this == NOT_SELECTED || this == ABANDONED || this == FAILED_INTERVIEW
                || this == COLLECTED;
    }

    /** A call was sent and its outcome not yet recorded: the API must be asked before sending again. */
    public boolean inFlight() {
        return this == SCREENING || this == REGISTERING;
    }
}
