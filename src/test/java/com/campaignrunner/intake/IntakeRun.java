package com.campaignrunner.intake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A whole candidate file read the way the intake step reads it: sheet, mapping, mapper, duplicates. */
record IntakeRun(List<String> header, int headerRowNumber, String sheetName, List<Candidate> candidates,
        List<RowProblem> fileWarnings) {

    static IntakeRun of(Path file) {
        return of(file, IntakeOptions.defaults());
    }

    static IntakeRun of(Path file, IntakeOptions options) {
        try (CandidateSheet sheet = CandidateSheet.open(file, options)) {
            ColumnMapping mapping = ColumnMapping.resolve(sheet.header(), options.columnMapping());
            CandidateMapper mapper = new CandidateMapper(mapping, options);
            DuplicateTracker duplicates = new DuplicateTracker();
            List<Candidate> candidates = new ArrayList<>();
            while (sheet.hasNext()) {
                candidates.add(duplicates.check(mapper.map(sheet.next()), mapping.headerOf(CandidateField.EMAIL)));
            }
            return new IntakeRun(sheet.header(), sheet.headerRowNumber(), sheet.sheetName(), candidates,
                    sheet.fileWarnings());
        }
    }

    List<Candidate> valid() {
        return candidates.stream().filter(Candidate::valid).toList();
    }

    Candidate row(int rowNumber) {
        return candidates.stream().filter(c -> c.rowNumber() == rowNumber).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate for row " + rowNumber + " in " + candidates));
    }

    List<Integer> rowNumbers() {
        return candidates.stream().map(Candidate::rowNumber).toList();
    }

    /** Error messages of a row, joined, for compact assertions. */
    String errorsOf(int rowNumber) {
        return String.join("; ", row(rowNumber).errors().stream().map(RowProblem::message).toList());
    }
}
