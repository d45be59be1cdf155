package com.campaignrunner.export;

import com.campaignrunner.api.ApiJson;
import com.campaignrunner.ledger.LedgerRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the export bundle of a campaign from its ledger rows, read once in input order: results.xlsx,
 * results.csv, transcripts, reports, the input handed back, the run's metrics.json, manifest.json, and a zip of
 * it all.
 *
 * <p>The bundle is built in a hidden folder and renamed when complete, so a folder with a timestamp name is
 * always a whole bundle.
 */
public final class BundleWriter {

    private static final Logger log = LoggerFactory.getLogger(BundleWriter.class);
    static final String METRICS_FILE = "metrics.json";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Clock clock;

    public BundleWriter() {
        this(Clock.systemDefaultZone());
    }

    /** Times in the sheets and the folder name are in the clock's zone. */
    public BundleWriter(Clock clock) {
        this.clock = clock;
    }

    public Bundle write(ExportRequest request, LedgerRows rows) throws IOException {
        Instant generatedAt = clock.instant();
        ZoneId zone = clock.getZone();
        Path campaignFolder = OwnerOnlyFiles.createFolder(
                request.exportRoot().resolve(FileNames.segment(request.campaignId())));
        removeUnfinished(campaignFolder);
        String name = freeName(campaignFolder, TIMESTAMP.format(generatedAt.atZone(zone)));
        Path work = OwnerOnlyFiles.createFolder(campaignFolder.resolve("." + name + ".partial"));
        boolean complete = false;
        try {
            Tally tally = writeContents(request, rows, work, generatedAt, zone);
            OwnerOnlyFiles.restrictAll(work);
            OwnerOnlyFiles.restrict(Manifest.write(work, request, generatedAt, tally));

            Path folder = campaignFolder.resolve(name);
            moveInPlace(work, folder);
            complete = true;
            Path zip = campaignFolder.resolve(name + ".zip");
            OwnerOnlyFiles.zip(folder, zip);
            log.info("Export bundle of campaign {} written to {}: {} rows", request.campaignId(), folder,
                    tally.rows());
            return new Bundle(folder, zip, tally.rows(), tally.outcomes());
        } finally {
            // a half-written bundle holds personal data and nobody will look for it
            if (!complete) {
                deleteQuietly(work);
            }
        }
    }

    private Tally writeContents(ExportRequest request, LedgerRows rows, Path work, Instant generatedAt, ZoneId zone)
            throws IOException {
        CollectedFiles collected = new CollectedFiles(request.collectedFolder(),
                OwnerOnlyFiles.createFolder(work.resolve("transcripts")),
                OwnerOnlyFiles.createFolder(work.resolve("reports")));
        Tally tally = new Tally();
        InputHandBack handBack = new InputHandBack();
        try (ResultsWorkbook workbook = new ResultsWorkbook(zone);
                ResultsCsv csv = new ResultsCsv(work.resolve("results.csv"), zone)) {
            try {
                rows.forEach(row -> {
                    try {
                        CandidateLine line = collected.copy(row, request.previousExportAt());
                        workbook.add(line);
                        csv.add(line);
                        handBack.add(line);
                        tally.add(line);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            workbook.finish(request, generatedAt, tally);
            workbook.save(work.resolve("results.xlsx"));
        }
        if (request.handBack() != null) {
            handBack.write(request.handBack(), work);
        }
        if (request.metrics() != null) {
            ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValue(work.resolve(METRICS_FILE).toFile(),
                    request.metrics());
        }
        return tally;
    }

    /** Two exports in the same second get distinct folders rather than one overwriting the other. */
    private static String freeName(Path campaignFolder, String timestamp) {
        String name = timestamp;
        for (int n = 2; taken(campaignFolder, name); n++) {
            name = timestamp + "-" + n;
        }
        return name;
    }

    private static boolean taken(Path campaignFolder, String name) {
        return Files.exists(campaignFolder.resolve(name)) || Files.exists(campaignFolder.resolve(name + ".zip"))
                || Files.exists(campaignFolder.resolve("." + name + ".partial"));
    }

    private static void moveInPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** A bundle a killed process left half written holds personal data and nothing anyone can use. */
    private static void removeUnfinished(Path campaignFolder) throws IOException {
        try (Stream<Path> entries = Files.list(campaignFolder)) {
            entries.filter(path -> path.getFileName().toString().startsWith(".")
                    && path.getFileName().toString().endsWith(".partial")).forEach(BundleWriter::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not remove the unfinished export folder {}: {}", folder, e.toString());
        }
    }

    /** Copies what the collection step stored for a row into the bundle, under names made from the candidate. */
    private static final class CollectedFiles {

        private final Path source;
        private final Path transcripts;
        private final Path reports;

        CollectedFiles(Path source, Path transcripts, Path reports) {
            this.source = source;
            this.transcripts = transcripts;
            this.reports = reports;
        }

        CandidateLine copy(LedgerRow row, Instant previousExportAt) throws IOException {
            String base = FileNames.forCandidate(row.rowNumber(), row.displayName());
            String transcript = null;
            Path details = collected(row, row.transcriptFile(), "transcript");
            if (details != null) {
                Files.copy(details, transcripts.resolve(base + ".json"), StandardCopyOption.REPLACE_EXISTING);
                transcript = "transcripts/" + base + ".json";
                try {
                    TranscriptText.write(details, row, transcripts.resolve(base + ".txt"));
                    transcript = "transcripts/" + base + ".txt";
                } catch (RuntimeException e) {
                    // the raw answer is still in the bundle; a person can read it there
                    log.warn("Row {}: the interview details could not be read, only the raw file is exported: {}",
                            row.rowNumber(), e.getMessage());
                    Files.deleteIfExists(transcripts.resolve(base + ".txt"));
                }
            }
            String report = null;
            Path pdf = collected(row, row.reportFile(), "report");
            if (pdf != null) {
                Files.copy(pdf, reports.resolve(base + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
                report = "reports/" + base + ".pdf";
            }
            return CandidateLine.of(row, transcript, report, previousExportAt);
        }

        /** The ledger names a file in the collection folder; a name that points elsewhere is not followed. */
        private Path collected(LedgerRow row, String fileName, String kind) {
            if (fileName == null || fileName.isBlank() || source == null) {
                return null;
            }
            Path file = source.resolve(fileName).normalize();
            if (!file.getParent().equals(source.normalize())) {
                log.warn("Row {}: the {} file name {} leaves the collection folder, skipped", row.rowNumber(), kind,
                        fileName);
                return null;
            }
            if (!Files.isRegularFile(file)) {
                log.warn("Row {}: the {} file {} is missing from {}", row.rowNumber(), kind, fileName, source);
                return null;
            }
            return file;
        }
    }
}
