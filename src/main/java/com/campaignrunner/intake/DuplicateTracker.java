package com.campaignrunner.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Finds candidates entered more than once, by normalised email. The first row wins; later rows are reported as
 * duplicates of it. Holds one entry per distinct email, which is the only state intake keeps across rows.
 */
public final class DuplicateTracker {

    private final Map<String, Integer> firstRows = new HashMap<>();

    /**
     * Remembers the row for the email when it is the first, and returns empty; returns the first row otherwise.
     * A row seen again (a restarted step re-reading the file) is its own first row, not a duplicate of itself.
     */
    public OptionalInt firstRowFor(String normalisedEmail, int rowNumber) {
        Integer first = firstRows.putIfAbsent(normalisedEmail, rowNumber);
        return first == null || first == rowNumber ? OptionalInt.empty() : OptionalInt.of(first);
    }

    /**
     * The candidate with a "duplicate of row N" error on the email column when an earlier valid row had the same
     * email. Invalid rows claim no email, so a corrected row further down still counts.
     */
    public Candidate check(Candidate candidate, String emailColumn) {
        if (!candidate.valid() || candidate.normalisedEmail() == null) {
            return candidate;
        }
        OptionalInt first = firstRowFor(candidate.normalisedEmail(), candidate.rowNumber());
        if (first.isEmpty()) {
            return candidate;
        }
        return candidate.withProblem(RowProblem.error(candidate.rowNumber(), emailColumn, candidate.email(),
                "duplicate of row " + first.getAsInt(),
                "remove this row or give the candidate's own email; row " + first.getAsInt() + " is kept"));
    }

    public int distinctEmails() {
        return firstRows.size();
    }
}
