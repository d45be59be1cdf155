package com.campaignrunner.export;

import static com.campaignrunner.export.LedgerRowBuilder.row;

import com.campaignrunner.ledger.RowState;
import java.io.IOException;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Writes a bundle for 10,000 generated candidates, 6,000 of them with an interview collected, and prints the time
 * and the peak heap. Run by hand, e.g. with -Xmx256m; the test run leaves it out.
 */
public final class ExportBenchmark {

    private static final int CANDIDATES = 10_000;
    private static final int WITH_INTERVIEW = 6_000;
    private static final RowState[] OTHER_STATES = {RowState.INVALID, RowState.ERROR, RowState.SCREENED,
        RowState.NOT_SELECTED, RowState.REGISTERED, RowState.ABANDONED};

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("export-benchmark");
        Path collected = root.resolve("collected");
        for (int n = 1; n <= WITH_INTERVIEW; n++) {
            InterviewDetailsSamples.store(collected, n);
        }
        HandBack handBack = new HandBack(HandBack.Format.CSV, "candidates.csv",
                List.of("first_name", "last_name", "email", "phone"), inputRows(),
                StandardCharsets.UTF_8, ',');
        ExportRequest request = new ExportRequest("benchmark", "Benchmark", true, InterviewDetailsSamples.runs(),
                root.resolve("exports"), collected, InterviewDetailsSamples.credits(), null, handBack);
        LedgerRows rows = action -> {
            for (int n = 1; n <= CANDIDATES; n++) {
                action.accept(ledgerRow(n));
            }
        };

        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        LiveHeap live = LiveHeap.watch();
        long start = System.nanoTime();
        Bundle bundle = new BundleWriter().write(request, rows);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();

        long bytes;
        try (Stream<Path> files = Files.walk(bundle.folder())) {
            bytes = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
        System.out.printf(Locale.ROOT, "rows %d, with interview %d: %d ms, peak heap used %.1f MiB, "
                + "most live after a collection %.1f MiB (max heap %.0f MiB), bundle %.1f MiB, zip %.1f MiB, "
                + "folder %s%n", bundle.rows(), WITH_INTERVIEW, millis, peak / 1048576.0, live.max() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0, bytes / 1048576.0,
                bundle.zip().toFile().length() / 1048576.0, bundle.folder());
    }

    private static com.campaignrunner.ledger.LedgerRow ledgerRow(int n) {
        if (n <= WITH_INTERVIEW) {
            LedgerRowBuilder done = row(n, RowState.COLLECTED).name("Kandidat " + n, "Nowak-Łukasiewicz")
                    .collected(InterviewDetailsSamples.transcript(n), InterviewDetailsSamples.report(n));
            done.score = (n * 7) % 101 / 10.0;
            done.aiSummary = "Summary of the resume of candidate " + n + ". ".repeat(3) + "x".repeat(300);
            return done.build();
        }
        LedgerRowBuilder other = row(n, OTHER_STATES[n % OTHER_STATES.length]).name("Person " + n, "Smith");
        return other.build();
    }

    private static Iterable<HandBack.RowCells> inputRows() {
        return new AbstractList<HandBack.RowCells>() {
            @Override
            public HandBack.RowCells get(int index) {
                int n = index + 1;
                return new HandBack.RowCells(n, List.of("Person " + n, "Smith", "p" + n + "@example.com",
                        "+44 7700 900" + String.format("%03d", n % 1000)));
            }

            @Override
            public int size() {
                return CANDIDATES;
            }
        }::iterator;
    }

    /** The heap still in use after each garbage collection: what the writer holds, without garbage. */
    private static final class LiveHeap implements NotificationListener {

        private volatile long max;

        static LiveHeap watch() {
            LiveHeap live = new LiveHeap();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener(live, null, null);
            }
            return live;
        }

        @Override
        public void handleNotification(Notification notification, Object handback) {
            if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
            }
            GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(pool -> isHeap(pool.getKey())).mapToLong(pool -> pool.getValue().getUsed()).sum();
            max = Math.max(max, used);
        }

        long max() {
            return max;
        }

        private static boolean isHeap(String poolName) {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .anyMatch(pool -> pool.getName().equals(poolName) && pool.getType() == MemoryType.HEAP);
        }
    }
}
