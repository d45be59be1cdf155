package com.campaignrunner.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LargeWorkbookTests {

    @Test
    void hundredThousandRowsStreamWithTheirDuplicateAndInvalidRowReported() {
        Path file = SampleInputsTests.SAMPLES.resolve("s19_large_100k.xlsx");
        Assumptions.assumeTrue(Files.exists(file), "the shared sample inputs are absent; skipped");

        int rows = 0;
        int valid = 0;
        Map<Integer, String> reported = new HashMap<>();
        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            ColumnMapping mapping = ColumnMapping.resolve(sheet.header(), Map.of());
            CandidateMapper mapper = new CandidateMapper(mapping, IntakeOptions.defaults());
            DuplicateTracker duplicates = new DuplicateTracker();
            while (sheet.hasNext()) {
                Candidate candidate = duplicates.check(mapper.map(sheet.next()), "email");
                rows++;
                if (candidate.valid()) {
                    valid++;
                } else {
                    reported.put(candidate.rowNumber(), candidate.errors().get(0).message());
                }
            }
        }

        assertThat(rows).isEqualTo(100_000);
        assertThat(valid).isEqualTo(99_998);
        assertThat(reported).containsOnlyKeys(50_001, 100_001);
        assertThat(reported.get(50_001)).isEqualTo("duplicate of row 2");
        assertThat(reported.get(100_001)).startsWith("invalid email");
    }
}
