package com.campaignrunner.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * One candidate row, cleaned and checked. Rows with errors are candidates too: they are staged and reported with
 * their problems, not dropped.
 *
 * @param rowNumber the spreadsheet row
 * @param email trimmed, as written; compare with {@link #normalisedEmail()}
 * @param phone E.164 when it could be made so, else as given, or null when empty or damaged
 * @param countryCode ISO 3166-1 alpha-2, or null when the row names none or an unknown one
 * @param resumeFile the resume file name as written in the row, or null
 * @param extras every column that feeds no field, header to value, in file order
 * @param problems errors and warnings, each naming the row and the column
 */
public record Candidate(int rowNumber, String firstName, String lastName, String fullName, String email,
        String phone, String countryCode, String linkedinUrl, String position, String resumeFile,
        LinkedHashMap<String, String> extras, List<RowProblem> problems) {

    public Candidate {
        extras = new LinkedHashMap<>(extras);
        problems = List.copyOf(problems);
    }

    /** True when no problem is an error. */
    public boolean valid() {
        return problems.stream().noneMatch(RowProblem::isError);
    }

    /** The email in the form duplicates are found by, or null when there is none. */
    public String normalisedEmail() {
        return email == null || email.isEmpty() ? null : email.toLowerCase(Locale.ROOT);
    }

    public List<RowProblem> errors() {
        return problems.stream().filter(RowProblem::isError).toList();
    }

    public List<RowProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** A copy with one more problem, for checks made after mapping (duplicates, resumes). */
    public Candidate withProblem(RowProblem problem) {
        List<RowProblem> more = new ArrayList<>(problems);
        more.add(problem);
        return new Candidate(rowNumber, firstName, lastName, fullName, email, phone, countryCode, linkedinUrl,
                position, resumeFile, extras, more);
    }

    @Override
    public LinkedHashMap<String, String> extras() {
        return new LinkedHashMap<>(extras);
    }
}
