package com.campaignrunner.ledger;

import java.time.Instant;

/**
 * One input row of a campaign and everything the run learned about it. Never holds resume text.
 */
public record LedgerRow(String campaignId, int rowNumber, RowState state, String firstName, String lastName,
        String fullName, String email, String emailKey, String phone, String countryCode, String linkedinUrl,
        String positionName, String resumeFile, String resumeKind, Long resumeBytes, String resumeSha256,
        String extrasJson, String externalId, String problemColumn, String problemMessage, String problemFix,
        String warnings, String recommendation, String decisionStatus, Double score, String aiSummary,
        String profileInterviewId, String prescreenResultId, String interviewUrl, String interviewResultId,
        String interviewStatus, Double interviewScore, String transcriptFile, String reportFile, String errorStep,
        String errorKind, String errorField, String errorMessage, Boolean errorRetryable, int attempts,
        Instant stagedAt, Instant updatedAt, Instant finishedAt, Instant collectedAt, Instant firstExportedAt) {

    /** The name to show: the full name, else first and last name. */
    public String displayName() {
        if (fullName != null && !fullName.isBlank()) {
            return fullName;
        }
        String joined = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return joined.isEmpty() ? null : joined;
    }

    /** The row needs a person to look at it: an invalid row, or an error no retry will fix. */
    public boolean needsAttention() {
        return state == RowState.INVALID || (state == RowState.ERROR && !Boolean.TRUE.equals(errorRetryable));
    }
}
