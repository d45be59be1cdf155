package com.campaignrunner.benchmark;

import static com.campaignrunner.benchmark.ResultTable.number;

import com.campaignrunner.ledger.RowState;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark suite: how close a campaign comes to the speed the API allows, how far ahead of a plain
 * sequential script it is, what the runner itself costs per row, and how much heap intake and export need.
 * Everything runs against the sandbox on 127.0.0.1, in bounded loops, and ends by itself.
 *
 * <p>Run it with {@code mvn -B -q -Pbenchmark test-compile exec:exec}; name parts to run only those, for example
 * {@code -Dbenchmark.parts="api sequential"}. Parts: {@value #PARTS}. The table is printed and written to
 * {@code target/benchmarks/results.csv} and {@code results.md}; the runs' own logs go to the same folder. With
 * the environment variable {@code BENCHMARK_KEEP_WORK} set, the generated files, ledgers and sandbox call ledgers
 * are kept for a closer look instead of being deleted.
 */
public final class BenchmarkSuite {

    static final String PARTS = "api rate sequential local intake export";

    private static final int CONCURRENCY = 16;
    private static final long LATENCY_MILLIS = 200;
    private static final int RATE_LIMIT = 20;
    private static final int API_ROWS = 2_000;
    private static final int SEQUENTIAL_ROWS = 200;
    private static final int CEILING_CALLS = 800;
    private static final int LOCAL_ROWS = 20_000;
    private static final int INTAKE_ROWS = 100_000;
    private static final int EXPORT_ROWS = 10_000;
    private static final String CHILD_HEAP = "256m";

    private final Path work;
    private final Path results;
    private final ResultTable table = new ResultTable();
    private final PrintStream progress = System.out;
    private Duration apiBoundScreening;

    private BenchmarkSuite(Path work, Path results) {
        this.work = work;
        this.results = results;
    }

    public static void main(String[] args) throws Exception {
        Set<String> parts = parts(args);
        Path results = Files.createDirectories(Path.of("target", "benchmarks"));
        Path work = Files.createTempDirectory("campaign-runner-benchmarks");
        BenchmarkSuite suite = new BenchmarkSuite(work, results);
        Instant start = Instant.now();
        try {
            suite.run(parts);
        } finally {
            if (System.getenv("BENCHMARK_KEEP_WORK") == null) {
                deleteTree(work);
            } else {
                System.out.println("Work folder kept: " + work);
            }
        }
        suite.report(Duration.between(start, Instant.now()));
    }

    private static Set<String> parts(String[] args) {
        Set<String> known = Set.of(PARTS.split(" "));
        Set<String> chosen = new LinkedHashSet<>();
        for (String arg : args) {
            for (String part : arg.trim().split("[ ,]+")) {
                if (part.isEmpty() || part.equals("all")) {
                    continue;
                }
                if (!known.contains(part)) {
                    throw new IllegalArgumentException("Unknown part '" + part + "'; parts are: " + PARTS);
                }
                chosen.add(part);
            }
        }
        return chosen.isEmpty() ? new LinkedHashSet<>(List.of(PARTS.split(" "))) : chosen;
    }

    private void run(Set<String> parts) throws Exception {
        if (parts.contains("api") || parts.contains("sequential")) {
            apiBound();
        }
        if (parts.contains("rate")) {
            rateLimited();
        }
        if (parts.contains("sequential")) {
            sequential();
        }
        if (parts.contains("local")) {
            localOverhead();
        }
        if (parts.contains("intake")) {
            intake();
        }
        if (parts.contains("export")) {
            export();
        }
    }

    // 1. As fast as the API allows: C calls in flight, each taking L.

    private void apiBound() throws Exception {
        progress.printf("API-bound: %,d candidates, latency %d ms, %d in flight...%n", API_ROWS, LATENCY_MILLIS,
                CONCURRENCY);
        Path folder = Files.createDirectories(work.resolve("api-bound"));
        Path csv = CandidateFiles.writeCsv(folder, API_ROWS, true);
        String part = "1. API-bound";
        double ideal = CONCURRENCY * 1000.0 / LATENCY_MILLIS;
        String loadBefore = load();
        ClientCeiling.Ceiling ceiling = RunLog.into(results.resolve("client-alone.log"), out -> ClientCeiling
                .measure(work.resolve("ceiling-sandbox"), CONCURRENCY, LATENCY_MILLIS, CEILING_CALLS));
        table.add(part, "API client alone, calls/s", number(ceiling.perSecond(), 1), CEILING_CALLS + " calls, "
                + CONCURRENCY + " in flight, no ledger, no batch: the ceiling here and now; mean call "
                + number(ceiling.meanCall().toNanos() / 1e6, 0) + " ms for L = " + LATENCY_MILLIS + " ms; ratio to "
                + "C/L " + number(ceiling.perSecond() / ideal, 2) + "; " + loadBefore);

        BenchmarkCampaign.Outcome run = new BenchmarkCampaign("bench-api-bound", folder, csv,
                folder.resolve("resumes")).concurrency(CONCURRENCY).latency(LATENCY_MILLIS)
                .run(results.resolve("api-bound.log"));
        requireCompleted("API-bound", run);

        CallFigures screening = CallFigures.of(run.calls(), CallFigures.SCREENING);
        table.atLeast(part, "screening, rows/s (sandbox ledger)", number(screening.perSecond(), 1),
                screening.perSecond(), 0.9 * ideal, "≥ " + number(0.9 * ideal, 0) + " (0.9 × C/L)",
                "C = " + CONCURRENCY + ", L = " + LATENCY_MILLIS + " ms, C/L = " + number(ideal, 0) + "/s; "
                        + screening.calls() + " calls, first to last answer " + seconds(screening.span())
                        + "; ratio to C/L " + number(screening.perSecond() / ideal, 2) + ", to the client alone "
                        + number(screening.perSecond() / ceiling.perSecond(), 2) + "; " + load());
        apiBoundScreening = run.step("screening");
        int screened = run.rowsIn(RowState.REGISTERED, RowState.NOT_SELECTED, RowState.SCREENED, RowState.ERROR);
        double stepRate = screened / secondsOf(apiBoundScreening);
        table.atLeast(part, "screening, rows/s (step time)", number(stepRate, 1), stepRate, 0.9 * ideal,
                "≥ " + number(0.9 * ideal, 0) + " (0.9 × C/L)", screened + " rows in " + seconds(apiBoundScreening)
                        + " of screening step (job repository), ledger commits and chunk ends included; ratio to "
                        + "C/L " + number(stepRate / ideal, 2));

        Duration registration = run.step("registration");
        int registered = run.rowsIn(RowState.REGISTERED);
        int decided = registered + run.rowsIn(RowState.NOT_SELECTED);
        CallFigures batches = CallFigures.of(run.calls(), CallFigures.REGISTRATION);
        double registrationRate = decided / secondsOf(registration);
        table.add(part, "registration, rows/s (step time)", number(registrationRate, 1), decided + " rows ("
                + registered + " registered in " + batches.calls() + " register-users calls of up to 50) in "
                + seconds(registration) + "; " + number(registrationRate / ideal, 2) + " × C/L: one batch call "
                + "of 50 at a time, so bound by 50/L = " + number(50_000.0 / LATENCY_MILLIS, 0)
                + " rows/s, not by C");
        table.add(part, "whole job, 2,000 rows", seconds(run.job()), "intake to export, from the job repository; "
                + "steps: " + steps(run));
    }

    // 2. As fast as the rate limit allows, and not one call faster.

    private void rateLimited() throws Exception {
        progress.printf("Rate-limited: %,d candidates, %d calls/s, %d in flight, latency %d ms...%n", API_ROWS,
                RATE_LIMIT, CONCURRENCY, LATENCY_MILLIS);
        Path folder = Files.createDirectories(work.resolve("rate-limited"));
        Path csv = CandidateFiles.writeCsv(folder, API_ROWS, true);
        BenchmarkCampaign.Outcome run = new BenchmarkCampaign("bench-rate-limited", folder, csv,
                folder.resolve("resumes")).concurrency(CONCURRENCY).latency(LATENCY_MILLIS).rateLimit(RATE_LIMIT)
                .run(results.resolve("rate-limited.log"));
        requireCompleted("Rate-limited", run);

        String part = "2. Rate-limited";
        CallFigures screening = CallFigures.of(run.calls(), CallFigures.SCREENING);
        table.atLeast(part, "screening, calls/s (sandbox ledger)", number(screening.perSecond(), 1),
                screening.perSecond(), 0.9 * RATE_LIMIT, "≥ " + number(0.9 * RATE_LIMIT, 0) + " (0.9 × R)",
                "R = " + RATE_LIMIT + "/s, C = " + CONCURRENCY + ", L = " + LATENCY_MILLIS + " ms; "
                        + screening.calls() + " calls in " + seconds(screening.span()) + "; ratio to R "
                        + number(screening.perSecond() / RATE_LIMIT, 2) + "; " + load());
        table.atMost(part, "busiest 5 s, calls", Integer.toString(screening.busiestFiveSeconds()),
                screening.busiestFiveSeconds(), 5 * RATE_LIMIT + 1, "≤ " + (5 * RATE_LIMIT + 1) + " (5 × R + 1)",
                "most screening answers within any 5 s window (a window can straddle one more limiter period); "
                        + "busiest 1 s: " + screening.busiestSecond() + ", since answers bunch when the loaded "
                        + "machine stalls a moment, and the ledger stamps answers, not sends");
        table.atMost(part, "429 answers", Integer.toString(screening.tooManyRequests()),
                screening.tooManyRequests(), 0, "0", "status 429 lines in the sandbox ledger, all endpoints, "
                        + run.calls().size() + " calls; the sandbox injects none (rate-429 is 0), so any 429 "
                        + "would be ours");
    }

    // 3. The obvious alternative: one call after another.

    private void sequential() throws Exception {
        progress.printf("Sequential script: %d candidates, latency %d ms...%n", SEQUENTIAL_ROWS, LATENCY_MILLIS);
        Path folder = work.resolve("api-bound");
        SequentialScreeningScript.Timing script = RunLog.into(results.resolve("sequential.log"), out ->
                SequentialScreeningScript.run(folder.resolve("candidates.csv"), folder.resolve("resumes"),
                        work.resolve("sequential-sandbox"), LATENCY_MILLIS, SEQUENTIAL_ROWS));
        if (script.ok() != script.rows()) {
            throw new IllegalStateException("The sequential script got " + script.ok() + " answers for "
                    + script.rows() + " calls");
        }
        String part = "3. Sequential script";
        double perRow = secondsOf(script.elapsed()) / script.rows();
        double extrapolated = perRow * API_ROWS;
        table.add(part, "script, " + SEQUENTIAL_ROWS + " rows", seconds(script.elapsed()), number(perRow * 1000, 0)
                + " ms per row: one java.net.http POST after another over the CSV; " + load());
        double ratio = extrapolated / secondsOf(apiBoundScreening);
        table.atLeast(part, "2,000 rows: script ÷ runner", number(ratio, 1) + "×", ratio, 10, "≥ 10×",
                "script " + number(extrapolated, 0) + " s (extrapolated linearly from " + SEQUENTIAL_ROWS
                        + " rows) against the runner's screening step for 2,000 rows, " + seconds(apiBoundScreening)
                        + " (part 1)");
    }

    // 4. What the runner itself costs when the API costs nothing.

    private void localOverhead() throws Exception {
        progress.printf("Local overhead: %,d candidates, latency 0...%n", LOCAL_ROWS);
        Path folder = Files.createDirectories(work.resolve("local"));
        Path csv = CandidateFiles.writeCsv(folder, LOCAL_ROWS, true);
        BenchmarkCampaign.Outcome run = new BenchmarkCampaign("bench-local", folder, csv, folder.resolve("resumes"))
                .concurrency(CONCURRENCY).latency(0).run(results.resolve("local.log"));
        requireCompleted("Local overhead", run);

        String part = "4. Local overhead";
        double rate = LOCAL_ROWS / secondsOf(run.job());
        table.atLeast(part, "end to end, rows/s", number(rate, 0), rate, 1000, "≥ 1,000",
                number(LOCAL_ROWS, 0) + " rows in " + seconds(run.job()) + " (job repository: intake to export); "
                        + "steps: " + steps(run) + "; " + load());
        table.add(part, "end to end with start-up, rows/s", number(LOCAL_ROWS / secondsOf(run.wall()), 0),
                "the whole `run` command, " + seconds(run.wall()) + ": Spring context, database migration and "
                        + "sandbox start included");
        double cpuPerRow = run.processCpu().toNanos() / 1e6 / LOCAL_ROWS;
        double sandboxPerRow = run.sandboxCpu().toNanos() / 1e6 / LOCAL_ROWS;
        table.add(part, "CPU per row, whole process", number(cpuPerRow, 2) + " ms", "process CPU time of the "
                + "`run` command ÷ rows; the sandbox runs in the same JVM and is included here");
        table.add(part, "CPU per row, without the sandbox", number(cpuPerRow - sandboxPerRow, 2) + " ms",
                "minus " + number(sandboxPerRow, 2) + " ms/row measured on the sandbox's own threads (sampled "
                        + "every 100 ms); the JIT and GC threads stay in, shared by both");
    }

    // 5. Intake and export under a small heap.

    private void intake() throws Exception {
        Path folder = Files.createDirectories(work.resolve("intake"));
        progress.printf("Intake: %,d-row CSV and XLSX under -Xmx%s...%n", INTAKE_ROWS, CHILD_HEAP);
        Path csv = CandidateFiles.writeCsv(folder, INTAKE_ROWS, false);
        Path xlsx = CandidateFiles.writeXlsx(folder.resolve("candidates.xlsx"), INTAKE_ROWS);
        intakeFigures("CSV", csv);
        intakeFigures("XLSX", xlsx);
    }

    private void intakeFigures(String format, Path file) throws Exception {
        Map<String, String> result = ChildJvm.run(CHILD_HEAP, IntakeProbe.class,
                results.resolve("intake-" + format.toLowerCase() + ".log"), file.toString());
        int rows = Integer.parseInt(result.get("rows"));
        double seconds = Long.parseLong(result.get("millis")) / 1000.0;
        table.atLeast("5. Intake", format + ", " + number(rows, 0) + " rows", number(seconds, 1) + " s, "
                + number(rows / seconds, 0) + " rows/s", rows, INTAKE_ROWS, "all rows under -Xmx" + CHILD_HEAP,
                heapNote(result) + "; read, map, validate and check duplicates, in a child JVM");
    }

    private void export() throws Exception {
        progress.printf("Export: %,d candidates under -Xmx%s...%n", EXPORT_ROWS, CHILD_HEAP);
        Path folder = Files.createDirectories(work.resolve("export"));
        Map<String, String> result = ChildJvm.run(CHILD_HEAP, ExportProbe.class, results.resolve("export.log"),
                folder.toString(), Integer.toString(EXPORT_ROWS));
        int rows = Integer.parseInt(result.get("rows"));
        double seconds = Long.parseLong(result.get("millis")) / 1000.0;
        table.atLeast("5. Export", "bundle, " + number(rows, 0) + " candidates", number(seconds, 1) + " s, "
                + number(rows / seconds, 0) + " rows/s", rows, EXPORT_ROWS, "all rows under -Xmx" + CHILD_HEAP,
                heapNote(result) + "; results.xlsx, results.csv, CSV handed back, manifest, zip; in a child JVM");
    }

    private static String heapNote(Map<String, String> result) {
        return "heap: " + result.get("liveAfterGcMb") + " MB live at most after any GC, " + result.get("poolPeakMb")
                + " MB sum of heap pool peaks (garbage included), of " + result.get("maxHeapMb") + " MB";
    }

    // Reporting

    private void report(Duration took) throws IOException {
        StringBuilder heading = new StringBuilder();
        heading.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
                .append(physicalMemoryGb()).append(" GB memory, shared with other work while measured;\n")
                .append("Java ").append(System.getProperty("java.version")).append(", suite heap ")
                .append(Runtime.getRuntime().maxMemory() >> 20).append(" MB; suite took ").append(seconds(took))
                .append('.');
        progress.println();
        progress.println(heading);
        progress.println();
        table.print(progress);
        table.writeCsv(results.resolve("results.csv"));
        try (PrintStream markdown = new PrintStream(results.resolve("results.md").toFile(), StandardCharsets.UTF_8)) {
            markdown.println(heading);
            markdown.println();
            table.print(markdown);
        }
        progress.println();
        progress.println("Written to " + results.resolve("results.csv") + " and results.md; run logs beside them.");
        if (!table.shortfalls().isEmpty()) {
            progress.println("Short of target: " + table.shortfalls().stream()
                    .map(f -> f.part() + " / " + f.measure()).collect(Collectors.joining("; ")));
        }
    }

    /** The machine's load average over the last minute: how many others wanted the 2 cores meanwhile. */
    private static String load() {
        return "load average " + number(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), 1);
    }

    private static long physicalMemoryGb() {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        return Math.round(os.getTotalMemorySize() / (1024.0 * 1024 * 1024));
    }

    private static void requireCompleted(String part, BenchmarkCampaign.Outcome run) {
        if (run.exitCode() != 0) {
            throw new IllegalStateException(part + ": the campaign run exited " + run.exitCode() + " with rows "
                    + run.rows() + "; see its log in target/benchmarks");
        }
    }

    private static String steps(BenchmarkCampaign.Outcome run) {
        return run.steps().entrySet().stream().map(step -> step.getKey() + " " + seconds(step.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static double secondsOf(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String seconds(Duration duration) {
        return number(secondsOf(duration), 1) + " s";
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
