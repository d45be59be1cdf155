package com.campaignrunner.export;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.time.Instant;

/** Ledger rows for tests: a plausible candidate in a given state, changed where a test cares. */
final class LedgerRowBuilder {

    int rowNumber;
    RowState state;
    String firstName = "Anna";
    String lastName = "Kowalska";
    String fullName;
    String email = "anna.kowalska@example.com";
    String phone = "+48 601 234 567";
    String country = "PL";
    String position = "Support engineer";
    String problemColumn;
    String problemMessage;
    String problemFix;
    String recommendation;
    String decisionStatus;
    Double score;
    String aiSummary;
    String interviewUrl;
    String interviewStatus;
    Double interviewScore;
    String transcriptFile;
    String reportFile;
    String errorStep;
    String errorField;
    String errorMessage;
    Boolean errorRetryable;
    Instant stagedAt = Instant.parse("2025-03-01T09:00:00Z");
    Instant updatedAt = Instant.parse("2025-03-02T10:30:00Z");
    Instant firstExportedAt;

    private LedgerRowBuilder(int rowNumber, RowState state) {
        this.rowNumber = rowNumber;
        this.state = state;
        this.email = "candidate" + rowNumber + "@example.com";
    }

    static LedgerRowBuilder row(int rowNumber, RowState state) {
        LedgerRowBuilder row = new LedgerRowBuilder(rowNumber, state);
        switch (state) {
            case INVALID -> {
                row.problemColumn = "email";
                row.problemMessage = "Row " + rowNumber + ", column email: 'anna(at)example' is not an email address";
                row.problemFix = "Write the address as name@domain, e.g. anna@example.com";
            }
            case ERROR -> {
                row.errorStep = "screening";
                row.errorField = "resume";
                row.errorMessage = "HTTP 500 from the API";
                row.errorRetryable = true;
            }
            case STAGED, SCREENING, REGISTERING -> {
            }
            default -> {
                row.recommendation = "ai_accept";
                row.decisionStatus = "candidate_action";
                row.score = 7.5;
                row.aiSummary = "Five years of customer support, fluent English.";
            }
        }
        if (state == RowState.REGISTERED || state == RowState.COMPLETED || state == RowState.COLLECTED
                || state == RowState.ABANDONED || state == RowState.FAILED_INTERVIEW) {
            row.interviewUrl = "https://app.jobmojito.com/interview/" + rowNumber;
            row.interviewStatus = state == RowState.REGISTERED ? "invited" : "completed";
        }
        return row;
    }

    LedgerRowBuilder name(String first, String last) {
        firstName = first;
        lastName = last;
        return this;
    }

    LedgerRowBuilder collected(String transcript, String report) {
        transcriptFile = transcript;
        reportFile = report;
        return this;
    }

    LedgerRow build() {
        return new LedgerRow("spring-hiring", rowNumber, state, firstName, lastName, fullName, email,
                email == null ? null : email.toLowerCase(), phone, country, null, position, "resume.pdf", "pdf",
                1234L, "abc", null, "ext-" + rowNumber, problemColumn, problemMessage, problemFix, null,
                recommendation, decisionStatus, score, aiSummary, "pi-" + rowNumber, null, interviewUrl, null,
                interviewStatus, interviewScore, transcriptFile, reportFile, errorStep, null, errorField, errorMessage,
                errorRetryable, 1, stagedAt, updatedAt, null, null, firstExportedAt);
    }
}
