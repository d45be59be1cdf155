package com.campaignrunner.intake;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;

/**
 * Streams a candidate file through sheet, mapper and duplicate tracker and prints rows, time and heap. Run with a
 * small heap to show memory does not grow with the row count:
 * {@code java -Xmx256m -cp <test classpath> com.campaignrunner.intake.IntakeBenchmark file.xlsx}.
 */
public final class IntakeBenchmark {

    private IntakeBenchmark() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/sample-inputs/s19_large_100k.xlsx");
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long start = System.nanoTime();
        long maxUsedAfterGc = 0;
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
                if (rows % 20_000 == 0) {
                    System.gc();
                    long used = memory.getHeapMemoryUsage().getUsed();
                    maxUsedAfterGc = Math.max(maxUsedAfterGc, used);
                    System.out.printf("%,d rows, %d MB heap in use after GC%n", rows, used >> 20);
                }
            }
        }

        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s: %,d rows (%,d valid) in %,d ms; max heap after GC %d MB; peak heap %d MB;"
                + " max heap %d MB%n", file.getFileName(), rows, valid, millis, maxUsedAfterGc >> 20, peak >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
