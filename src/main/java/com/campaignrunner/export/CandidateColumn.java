package com.campaignrunner.export;

import java.util.Arrays;
import java.util.List;

/** The columns of the Candidates sheet and of results.csv, in order, with a width readable for each. */
enum CandidateColumn {
    ROW("Row", 7),
    FIRST_NAME("First name", 16),
    LAST_NAME("Last name", 18),
    EMAIL("Email", 30),
    PHONE("Phone", 17),
    COUNTRY("Country", 9),
    POSITION("Position", 22),
    OUTCOME("Outcome", 26),
    RECOMMENDATION("Recommendation", 17),
    SCORE("Score", 8),
    AI_SUMMARY("AI summary", 60),
    INTERVIEW_STATUS("Interview status", 17),
    INTERVIEW_LINK("Interview link", 40),
    TRANSCRIPT("Transcript", 12),
    REPORT("Report", 10),
    NEW("New", 6),
    STAGED_AT("Staged at", 20),
    UPDATED_AT("Updated at", 20),
    PROBLEM_COLUMN("Problem column", 16),
    ERROR_REASON("Error / reason", 50),
    WHAT_TO_FIX("What to fix", 50);

    private final String header;
    private final int width;

    CandidateColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    static List<String> headers() {
        return Arrays.stream(values()).map(CandidateColumn::header).toList();
    }

    String header() {
        return header;
    }

    /** In characters; long text wraps in the cell or is read in the formula bar rather than widening the sheet. */
    int width() {
        return width;
    }
}
