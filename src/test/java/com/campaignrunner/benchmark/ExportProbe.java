package com.campaignrunner.benchmark;

import com.campaignrunner.export.Bundle;
import com.campaignrunner.export.BundleWriter;
import com.campaignrunner.export.ExportRequest;
import com.campaignrunner.export.HandBack;
import com.campaignrunner.export.RunInfo;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Child process of the suite: writes the export bundle of a campaign of {@code rows} candidates (results.xlsx,
 * results.csv, the CSV handed back, manifest and zip; no transcripts) from ledger rows made up on the fly, as the
 * export step streams them from the database, and prints one {@code RESULT} line with time and heap.
 */
public final class ExportProbe {

    private static final Instant STAGED = Instant.parse("2025-03-01T09:00:00Z");
    private static final List<String> HEADER = List.of("First Name", "Last Name", "Email", "Phone", "Country",
            "Resume");

    private ExportProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path exportRoot = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        HeapWatch heap = HeapWatch.start();
        long start = System.nanoTime();

        HandBack handBack = new HandBack(HandBack.Format.CSV, "candidates.csv", HEADER, () -> original(rows),
                StandardCharsets.UTF_8, ',');
        ExportRequest request = new ExportRequest("bench-export", "Benchmark export", true,
                List.of(new RunInfo(1, "COMPLETED", STAGED, STAGED.plusSeconds(600))), exportRoot, null,
                Map.of("/job-interview-pre-screening-api-resume-text", rows * 0.25), null, handBack);
        Bundle bundle = new BundleWriter().write(request, action -> ledgerRows(rows, action));

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("RESULT rows=" + bundle.rows() + " millis=" + millis + " " + heap.stop());
    }

    private static void ledgerRows(int rows, Consumer<LedgerRow> action) {
        for (int i = 1; i <= rows; i++) {
            action.accept(row(i + 1));
        }
    }

    private static Iterator<HandBack.RowCells> original(int rows) {
        return new Iterator<>() {
            private int next = 1;

            @Override
            public boolean hasNext() {
                return next <= rows;
            }

            @Override
            public HandBack.RowCells next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int i = next++;
                return new HandBack.RowCells(i + 1, List.of("Anna", "Kowalska", "candidate" + i + "@example.com",
                        "+44 20 7946 0000", "GB", "candidate-" + i + ".txt"));
            }
        };
    }

    /** A plausible ledger row: most registered, some not selected, a few invalid or in error. */
    private static LedgerRow row(int rowNumber) {
        int band = rowNumber % 100;
        RowState state = band < 85 ? RowState.REGISTERED : band < 95 ? RowState.NOT_SELECTED
                : band < 98 ? RowState.INVALID : RowState.ERROR;
        boolean screened = state == RowState.REGISTERED || state == RowState.NOT_SELECTED;
        String email = "candidate" + rowNumber + "@example.com";
        return new LedgerRow("bench-export", rowNumber, state, "Anna", "Kowalska", null, email, email,
                "+44 20 7946 0000", "GB", null, "Backend Engineer", "candidate-" + rowNumber + ".txt", "TEXT",
                420L, "0".repeat(64), null, "cr-bench-export-" + rowNumber,
                state == RowState.INVALID ? "Email" : null,
                state == RowState.INVALID ? "invalid email address 'anna(at)example'" : null,
                state == RowState.INVALID ? "write the address as name@domain" : null, null,
                screened ? (state == RowState.REGISTERED ? "ai_accept" : "ai_reject") : null,
                screened ? "accepted" : null, screened ? 7.5 : null,
                screened ? "The candidate shows 8 of 10 key skills for the position." : null, null, null,
                state == RowState.REGISTERED ? "https://app.jobmojito.com/interview/" + rowNumber : null, null,
                state == RowState.REGISTERED ? "invited" : null, null, null, null,
                state == RowState.ERROR ? "screening" : null, state == RowState.ERROR ? "UNAVAILABLE" : null,
                null, state == RowState.ERROR ? "HTTP 503 from the API" : null,
                state == RowState.ERROR ? Boolean.TRUE : null, 1, STAGED, STAGED.plusSeconds(60), null, null, null);
    }
}
