package com.campaignrunner.benchmark;

import com.campaignrunner.intake.Candidate;
import com.campaignrunner.intake.CandidateField;
import com.campaignrunner.intake.CandidateMapper;
import com.campaignrunner.intake.CandidateSheet;
import com.campaignrunner.intake.ColumnMapping;
import com.campaignrunner.intake.DuplicateTracker;
import com.campaignrunner.intake.IntakeOptions;
import java.nio.file.Path;
import java.util.Map;

/**
 * Child process of the suite: streams one candidate file the way the intake step reads it (sheet, header
 * mapping, row mapping and validation, duplicate check) and prints one {@code RESULT} line with rows, time and
 * heap. Run under a small heap to show that memory does not grow with the file.
 */
public final class IntakeProbe {

    private IntakeProbe() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();
        int rows = 0;
        int valid = 0;
        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            ColumnMapping mapping = ColumnMapping.resolve(sheet.header(), Map.of());
            CandidateMapper mapper = new CandidateMapper(mapping, IntakeOptions.defaults());
            DuplicateTracker duplicates = new DuplicateTracker();
            String emailColumn = mapping.headerOf(CandidateField.EMAIL);
            while (sheet.hasNext()) {
                Candidate candidate = duplicates.check(mapper.map(sheet.next()), emailColumn);
                rows++;
                valid += candidate.valid() ? 1 : 0;
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("RESULT rows=" + rows + " valid=" + valid + " millis=" + millis + " " + heap.stop());
    }
}
