package com.campaignrunner.export;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.time.Instant;

/**
 * One Candidates row as HR reads it, derived from a ledger row once and written to both the workbook and the CSV.
 *
 * @param interviewLink a link when the API gave an http or https address; otherwise the address is plain text
 * @param transcript and {@code report} are null when no file of that kind is in the bundle
 */
record CandidateLine(LedgerRow row, String outcome, String recommendation, Object interviewLink, Link transcript,
        Link report, boolean isNew) {

    static CandidateLine of(LedgerRow row, String transcriptPath, String reportPath, Instant previousExportAt) {
        String url = row.interviewUrl();
        Object link = Link.isWebAddress(url) ? Link.web(url) : url;
        boolean isNew = previousExportAt == null || row.firstExportedAt() == null
                || row.firstExportedAt().isAfter(previousExportAt);
        return new CandidateLine(row, Outcomes.outcome(row), Outcomes.recommendation(row), link,
                transcriptPath == null ? null : Link.bundleFile("Transcript", transcriptPath),
                reportPath == null ? null : Link.bundleFile("Report", reportPath), isNew);
    }

    /** A String, Number, Instant or {@link Link}; null for an empty cell. */
    Object value(CandidateColumn column) {
        return switch (column) {
            case ROW -> row.rowNumber();
            case FIRST_NAME -> row.firstName();
            case LAST_NAME -> row.lastName();
            case EMAIL -> row.email();
            case PHONE -> row.phone();
            case COUNTRY -> row.countryCode();
            case POSITION -> row.positionName();
            case OUTCOME -> outcome;
            case RECOMMENDATION -> recommendation;
            case SCORE -> row.score();
            case AI_SUMMARY -> row.aiSummary();
            case INTERVIEW_STATUS -> row.interviewStatus();
            case INTERVIEW_LINK -> interviewLink;
            case TRANSCRIPT -> transcript;
            case REPORT -> report;
            case NEW -> isNew ? "yes" : null;
            case STAGED_AT -> row.stagedAt();
            case UPDATED_AT -> row.updatedAt();
            case PROBLEM_COLUMN -> firstOf(row.problemColumn(), row.errorField());
            case ERROR_REASON -> reason(row);
            case WHAT_TO_FIX -> whatToFix(row);
        };
    }

    static String reason(LedgerRow row) {
        if (row.state() == RowState.ERROR && row.errorMessage() != null) {
            return row.errorStep() == null ? row.errorMessage() : row.errorStep() + ": " + row.errorMessage();
        }
        return firstOf(row.problemMessage(), row.errorMessage(), row.warnings());
    }

    static String whatToFix(LedgerRow row) {
        if (row.problemFix() != null) {
            return row.problemFix();
        }
        if (row.state() != RowState.ERROR) {
            return null;
        }
        return Boolean.TRUE.equals(row.errorRetryable())
                ? "Nothing: the next run tries this row again."
                : "Correct the row or the campaign file as the error says, then run the campaign again.";
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
