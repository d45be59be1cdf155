package com.campaignrunner.export;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a bundle is written from, besides the ledger rows.
 *
 * @param exportRoot the bundle goes to {@code exportRoot/<campaignId>/<yyyyMMdd-HHmmss>/}
 * @param collectedFolder where the collection step stored interview details and PDF reports
 * @param previousExportAt when the previous bundle was written; null for the first one
 * @param handBack the input file to hand back with results appended; null for none
 * @param metrics the run's meters, written as metrics.json; null for none
 */
public record ExportRequest(String campaignId, String campaignTitle, boolean sandbox, List<RunInfo> runs,
        Path exportRoot, Path collectedFolder, Map<String, Double> creditsByEndpoint, Instant previousExportAt,
        HandBack handBack, Map<String, Object> metrics) {

    public ExportRequest {
        runs = runs == null ? List.of() : List.copyOf(runs);
        creditsByEndpoint = creditsByEndpoint == null ? Map.of() : Map.copyOf(creditsByEndpoint);
    }

    /** A request without metrics. */
    public ExportRequest(String campaignId, String campaignTitle, boolean sandbox, List<RunInfo> runs,
            Path exportRoot, Path collectedFolder, Map<String, Double> creditsByEndpoint, Instant previousExportAt,
            HandBack handBack) {
        this(campaignId, campaignTitle, sandbox, runs, exportRoot, collectedFolder, creditsByEndpoint,
                previousExportAt, handBack, null);
    }
}
