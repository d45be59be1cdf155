package com.campaignrunner.export;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * results.xlsx, streamed: Candidates and Errors grow row by row as the ledger is read, and the Summary, first in the
 * workbook, is filled at the end when the counts are known.
 */
final class ResultsWorkbook implements Closeable {

    static final String SUMMARY = "Summary";
    static final String CANDIDATES = "Candidates";
    static final String ERRORS = "Errors";

    private static final List<String> ERROR_HEADERS =
            List.of("Row", "Name", "Email", "Column", "Problem", "What to fix");
    private static final int CHART_COLUMN = 6;
    private static final int CHART_HEIGHT = 18;

    private final SXSSFWorkbook workbook = SheetCells.newWorkbook();
    private final SheetCells cells;
    private final SXSSFSheet summary;
    private final SXSSFSheet candidates;
    private final SXSSFSheet errors;
    private int candidateRows;
    private int errorRows;

    ResultsWorkbook(ZoneId zone) {
        cells = new SheetCells(workbook, zone);
        summary = workbook.createSheet(SUMMARY);
        candidates = workbook.createSheet(CANDIDATES);
        errors = workbook.createSheet(ERRORS);

        cells.header(candidates.createRow(0), CandidateColumn.headers());
        candidates.createFreezePane(0, 1);
        SheetCells.widths(candidates, Arrays.stream(CandidateColumn.values()).map(CandidateColumn::width).toList());

        cells.header(errors.createRow(0), ERROR_HEADERS);
        errors.createFreezePane(0, 1);
        SheetCells.widths(errors, List.of(7, 26, 30, 16, 60, 60));
    }

    void add(CandidateLine line) {
        SXSSFRow row = candidates.createRow(++candidateRows);
        for (CandidateColumn column : CandidateColumn.values()) {
            switch (column) {
                case PHONE -> cells.phone(row, column.ordinal(), line.row().phone());
                case OUTCOME -> cells.outcome(row, column.ordinal(), line.outcome());
                default -> cells.value(row, column.ordinal(), line.value(column));
            }
        }

        LedgerRow ledger = line.row();
        if (ledger.needsAttention() || ledger.state() == RowState.ERROR) {
            SXSSFRow error = errors.createRow(++errorRows);
            cells.value(error, 0, ledger.rowNumber());
            cells.value(error, 1, ledger.displayName());
            cells.value(error, 2, ledger.email());
            cells.value(error, 3, line.value(CandidateColumn.PROBLEM_COLUMN));
            cells.value(error, 4, line.value(CandidateColumn.ERROR_REASON));
            cells.value(error, 5, line.value(CandidateColumn.WHAT_TO_FIX));
        }
    }

    void finish(ExportRequest request, Instant generatedAt, Tally tally) {
        int lastColumn = CandidateColumn.values().length - 1;
        candidates.setAutoFilter(new CellRangeAddress(0, Math.max(1, candidateRows), 0, lastColumn));
        errors.setAutoFilter(new CellRangeAddress(0, Math.max(1, errorRows), 0, ERROR_HEADERS.size() - 1));
        writeSummary(request, generatedAt, tally);
    }

    void save(Path file) throws IOException {
        SheetCells.save(workbook, file);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void writeSummary(ExportRequest request, Instant generatedAt, Tally tally) {
        SheetCells.widths(summary, List.of(30, 22, 22, 22));
        int r = 0;
        String title = "Campaign " + (request.campaignTitle() == null ? request.campaignId() : request.campaignTitle())
                + (request.sandbox() ? " — SANDBOX DATA" : "");
        cells.title(summary.createRow(r++), title);
        pair(r++, "Campaign id", request.campaignId());
        pair(r++, "Generated at", generatedAt);
        r++;

        cells.header(summary.createRow(r++), List.of("Run", "Status", "Started", "Ended"));
        for (RunInfo run : request.runs()) {
            SXSSFRow row = summary.createRow(r++);
            cells.value(row, 0, run.executionId());
            cells.value(row, 1, run.status());
            cells.value(row, 2, run.started());
            cells.value(row, 3, run.ended());
        }
        r++;

        pair(r++, "Rows read", tally.rows());
        pair(r++, "New since the previous export", tally.newRows());
        r++;

        cells.header(summary.createRow(r++), List.of("Outcome", "Candidates"));
        int outcomesFrom = r;
        Map<String, Integer> outcomes = tally.outcomes();
        for (Map.Entry<String, Integer> outcome : outcomes.entrySet()) {
            SXSSFRow row = summary.createRow(r++);
            cells.outcome(row, 0, outcome.getKey());
            cells.value(row, 1, outcome.getValue());
        }
        int outcomesTo = r - 1;
        r++;

        cells.header(summary.createRow(r++), List.of("Pre-screening score", "Candidates"));
        int scoresFrom = r;
        int[] buckets = tally.scoreBuckets();
        String[] bucketLabels = new String[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            bucketLabels[i] = i + "–" + (i + 1);
            SXSSFRow row = summary.createRow(r++);
            cells.value(row, 0, bucketLabels[i]);
            cells.value(row, 1, buckets[i]);
        }
        r++;

        cells.header(summary.createRow(r++), List.of("Credits spent", "Credits"));
        double total = 0;
        for (Map.Entry<String, Double> credit : new TreeMap<>(request.creditsByEndpoint()).entrySet()) {
            pair(r++, credit.getKey(), credit.getValue());
            total += credit.getValue() == null ? 0 : credit.getValue();
        }
        pair(r, "Total", total);

        XSSFDrawing drawing = workbook.getXSSFWorkbook().getSheet(SUMMARY).createDrawingPatriarch();
        if (!outcomes.isEmpty()) {
            barChart(drawing, 1, "Outcomes", outcomes.keySet().toArray(String[]::new),
                    outcomes.values().toArray(Integer[]::new), outcomesFrom, outcomesTo);
        }
        Integer[] bucketCounts = Arrays.stream(buckets).boxed().toArray(Integer[]::new);
        barChart(drawing, 2 + CHART_HEIGHT, "Pre-screening scores", bucketLabels, bucketCounts,
                scoresFrom, scoresFrom + buckets.length - 1);
    }

    private void pair(int rowIndex, String label, Object value) {
        SXSSFRow row = summary.createRow(rowIndex);
        cells.value(row, 0, label);
        cells.value(row, 1, value);
    }

    /** The cached values make the chart show without recalculation; the ranges keep it tied to the table. */
    private static void barChart(XSSFDrawing drawing, int topRow, String title, String[] labels, Integer[] counts,
            int firstRow, int lastRow) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, CHART_COLUMN, topRow, CHART_COLUMN + 9,
                topRow + CHART_HEIGHT);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);

        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(labels, range(firstRow, lastRow, 0)),
                XDDFDataSourcesFactory.fromArray(counts, range(firstRow, lastRow, 1)));
        series.setTitle("Candidates", null);
        chart.plot(data);
    }

    private static String range(int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(SUMMARY, true);
    }
}
