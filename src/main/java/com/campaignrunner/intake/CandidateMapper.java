package com.campaignrunner.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

/**
 * Turns one source row into a candidate: cleans every value, normalises email, country and phone, and records each
 * problem with the row, the column as headed in the file, the value and what to fix. One bad row never stops the
 * file, so nothing here throws for bad data.
 */
public final class CandidateMapper {

    private final ColumnMapping mapping;
    private final String defaultCountryCode;
    private final List<Integer> extraColumns;

    public CandidateMapper(ColumnMapping mapping, IntakeOptions options) {
        this.mapping = mapping;
        String fallback = options == null ? null : Countries.toCode(options.defaultCountryCode());
        this.defaultCountryCode = fallback;
        this.extraColumns = mapping.extraColumns();
    }

    public Candidate map(SourceRow row) {
        int rowNumber = row.rowNumber();
        List<RowProblem> problems = new ArrayList<>();
        for (RowProblem problem : row.problems()) {
            problems.add(cellProblem(problem));
        }

        String email = readEmail(row, problems);
        String[] names = readNames(row, problems);
        String countryCode = readCountry(row, problems);
        String phone = readPhone(row, countryCode, problems);
        String linkedin = readLinkedin(row, problems);
        String position = blankToNull(CellText.cleanSingleLine(value(row, CandidateField.POSITION)));
        String resume = blankToNull(CellText.cleanSingleLine(value(row, CandidateField.RESUME)));

        LinkedHashMap<String, String> extras = new LinkedHashMap<>();
        for (int column : extraColumns) {
            String header = mapping.header().get(column);
            String key = header;
            for (int copy = 2; extras.containsKey(key); copy++) {
                key = header + " (" + copy + ")";
            }
            extras.put(key, CellText.clean(row.cell(column)));
        }
        return new Candidate(rowNumber, names[0], names[1], names[2], email, phone, countryCode, linkedin,
                position, resume, extras, problems);
    }

    /** Problems in columns the campaign does not use cannot keep a candidate out; they stay as warnings. */
    private RowProblem cellProblem(RowProblem problem) {
        boolean mapped = false;
        for (CandidateField field : mapping.fields()) {
            if (mapping.headerOf(field).equals(problem.column())) {
                mapped = true;
            }
        }
        return mapped || !problem.isError() ? problem : problem.withSeverity(RowProblem.Severity.WARNING);
    }

    private String readEmail(SourceRow row, List<RowProblem> problems) {
        String column = mapping.headerOf(CandidateField.EMAIL);
        String raw = CellText.cleanSingleLine(value(row, CandidateField.EMAIL));
        List<String> addresses = EmailAddresses.split(raw);
        if (addresses.isEmpty()) {
            if (hasErrorOn(column, problems)) {
                return null;
            }
            problems.add(RowProblem.error(row.rowNumber(), column, raw, "email missing",
                    "fill in the candidate's email address"));
            return null;
        }
        String email = addresses.get(0);
        if (addresses.size() > 1) {
            problems.add(RowProblem.warning(row.rowNumber(), column, raw,
                    "several emails in one cell; used " + email + ", ignored "
                            + String.join(", ", addresses.subList(1, addresses.size())),
                    "keep one address in the email column"));
        }
        String problem = EmailAddresses.problemWith(email);
        if (problem != null) {
            problems.add(RowProblem.error(row.rowNumber(), column, raw, problem,
                    "correct the address, for example name@example.com"));
        }
        return email;
    }

    /** First, last and full name; a full name alone is split at its first space. */
    private String[] readNames(SourceRow row, List<RowProblem> problems) {
        String first = CellText.cleanSingleLine(value(row, CandidateField.FIRST_NAME));
        String last = CellText.cleanSingleLine(value(row, CandidateField.LAST_NAME));
        String full = CellText.cleanSingleLine(value(row, CandidateField.FULL_NAME));
        if (first.isEmpty() && !full.isEmpty()) {
            int space = full.indexOf(' ');
            first = space < 0 ? full : full.substring(0, space);
            if (last.isEmpty() && space > 0) {
                last = full.substring(space + 1);
            }
        }
        if (full.isEmpty()) {
            full = (first + " " + last).strip();
        }
        boolean fromFullName = !mapping.has(CandidateField.FIRST_NAME);
        String column = mapping.headerOf(fromFullName ? CandidateField.FULL_NAME : CandidateField.FIRST_NAME);
        if (first.isEmpty() && !hasErrorOn(column, problems)) {
            problems.add(RowProblem.error(row.rowNumber(), column, "",
                    fromFullName ? "name missing" : "first name missing", "fill in the candidate's first name"));
        }
        return new String[] {blankToNull(first), blankToNull(last), blankToNull(full)};
    }

    private String readCountry(SourceRow row, List<RowProblem> problems) {
        String raw = CellText.cleanSingleLine(value(row, CandidateField.COUNTRY));
        if (raw.isEmpty()) {
            return null;
        }
        String code = Countries.toCode(raw);
        if (code == null) {
            problems.add(RowProblem.warning(row.rowNumber(), mapping.headerOf(CandidateField.COUNTRY), raw,
                    "unknown country", "use a two-letter ISO country code such as GB, US or FR"));
        }
        return code;
    }

    private String readPhone(SourceRow row, String countryCode, List<RowProblem> problems) {
        String raw = value(row, CandidateField.PHONE);
        PhoneNumbers.Reading reading = PhoneNumbers.read(raw, countryCode != null ? countryCode : defaultCountryCode);
        if (reading.warning() != null) {
            problems.add(RowProblem.warning(row.rowNumber(), mapping.headerOf(CandidateField.PHONE),
                    CellText.cleanSingleLine(raw), reading.warning(), reading.fix()));
        }
        return reading.value();
    }

    private String readLinkedin(SourceRow row, List<RowProblem> problems) {
        String raw = CellText.cleanSingleLine(value(row, CandidateField.LINKEDIN));
        if (raw.isEmpty()) {
            return null;
        }
        if (!raw.toLowerCase(Locale.ROOT).contains("linkedin.")) {
            problems.add(RowProblem.warning(row.rowNumber(), mapping.headerOf(CandidateField.LINKEDIN), raw,
                    "not a LinkedIn address", "use the profile address, for example https://www.linkedin.com/in/…"));
            return raw;
        }
        return raw.matches("(?i)https?://.*") ? raw : "https://" + raw;
    }

    /** A cell the reader already failed on (a formula without value) needs no second "missing" error. */
    private static boolean hasErrorOn(String column, List<RowProblem> problems) {
        return problems.stream().anyMatch(p -> p.isError() && column.equals(p.column()));
    }

    private String value(SourceRow row, CandidateField field) {
        return mapping.column(field).isPresent() ? row.cell(mapping.column(field).getAsInt()) : "";
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
