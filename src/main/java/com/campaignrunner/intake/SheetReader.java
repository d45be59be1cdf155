package com.campaignrunner.intake;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What every format shares once cells are read: finding the header below title rows, dropping blank and
 * formatting-only rows, total lines and empty trailing columns, and turning typed cells into text.
 */
abstract class SheetReader implements CandidateSheet {

    /** How far down a title or notes block may push the header. */
    private static final int HEADER_SEARCH_ROWS = 20;

    private static final Set<String> TOTAL_LABELS = Set.of("total", "totals", "grandtotal", "sum", "count",
            "subtotal", "average", "avg", "mean");

    private static final Set<String> DATE_WORDS = Set.of("date", "from", "on", "birth", "dob", "since", "until",
            "start", "starts", "available", "dated", "born");

    enum CellKind {
        TEXT, NUMBER, DATE, FORMULA_WITHOUT_VALUE, ERROR_VALUE
    }

    /** A cell as the format stores it; {@code detail} holds the formula of a formula without a value. */
    record RawCell(String text, CellKind kind, String detail) {

        static RawCell text(String text) {
            return new RawCell(text, CellKind.TEXT, null);
        }

        boolean isEmpty() {
            return (kind == CellKind.TEXT || kind == CellKind.NUMBER) && CellText.isBlank(text);
        }
    }

    /** A row, or the failure met where the row should be, kept until the caller reaches that row. */
    record RawRow(int rowNumber, List<RawCell> cells, IntakeException failure) {

        RawRow(int rowNumber, List<RawCell> cells) {
            this(rowNumber, cells, null);
        }

        boolean isBlank() {
            return failure == null && cells.stream().allMatch(RawCell::isEmpty);
        }
    }

    protected final Path file;
    private final List<RowProblem> fileWarnings = new ArrayList<>();
    private final Deque<RawRow> pending = new ArrayDeque<>();
    private List<String> header = List.of();
    private boolean[] dateColumns = new boolean[0];
    private int headerRowNumber;
    private SourceRow next;

    protected SheetReader(Path file) {
        this.file = file;
    }

    /** The next row in the file, blank ones included, or null at the end. */
    protected abstract RawRow readRawRow();

    /** Whether serial dates count from 1904, as in old Mac workbooks. */
    protected boolean date1904() {
        return false;
    }

    /**
     * Reads up to the header. Returns false when the sheet holds no non-blank row at all, so a workbook can move
     * on to its next visible sheet.
     */
    protected final boolean findHeader() {
        List<RawRow> candidates = new ArrayList<>();
        RawRow row;
        RawRow failed = null;
        while (candidates.size() < HEADER_SEARCH_ROWS && (row = safeRead()) != null) {
            if (row.failure() != null) {
                failed = row;
                break;
            }
            if (!row.isBlank()) {
                candidates.add(row);
            }
        }
        if (candidates.isEmpty()) {
            if (failed != null) {
                throw failed.failure();
            }
            return false;
        }

        int chosen = pickHeader(candidates);
        RawRow headerRow = candidates.get(chosen);
        headerRowNumber = headerRow.rowNumber();
        List<String> cells = new ArrayList<>();
        for (RawCell cell : headerRow.cells()) {
            cells.add(CellText.cleanSingleLine(cell.text()));
        }
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        header = List.copyOf(cells);
        dateColumns = new boolean[header.size()];
        for (int column = 0; column < header.size(); column++) {
            dateColumns[column] = looksLikeDate(header.get(column));
        }
        pending.addAll(candidates.subList(chosen + 1, candidates.size()));
        if (failed != null) {
            pending.add(failed);
        }
        return true;
    }

    /** Rows read ahead while looking for the header must not raise a later row's failure too early. */
    private RawRow safeRead() {
        try {
            return readRawRow();
        } catch (IntakeException failure) {
            return new RawRow(failure.rowNumber(), List.of(), failure);
        }
    }

    private int pickHeader(List<RawRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            long known = rows.get(i).cells().stream()
                    .filter(cell -> cell.kind() == CellKind.TEXT && ColumnMapping.isKnownHeader(cell.text()))
                    .count();
            if (known >= 2) {
                return i;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            long texts = rows.get(i).cells().stream()
                    .filter(cell -> cell.kind() == CellKind.TEXT && !CellText.isBlank(cell.text()))
                    .count();
            if (texts >= 3) {
                return i;
            }
        }
        return 0;
    }

    @Override
    public List<String> header() {
        return header;
    }

    @Override
    public int headerRowNumber() {
        return headerRowNumber;
    }

    @Override
    public List<RowProblem> fileWarnings() {
        return List.copyOf(fileWarnings);
    }

    protected void warnAboutFile(RowProblem warning) {
        fileWarnings.add(warning);
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            RawRow raw = pending.isEmpty() ? safeRead() : pending.poll();
            if (raw == null) {
                return false;
            }
            if (raw.failure() != null) {
                throw raw.failure();
            }
            if (raw.isBlank()) {
                continue;
            }
            if (isTotalLine(raw)) {
                fileWarnings.add(RowProblem.warning(raw.rowNumber(), null, describe(raw),
                        "row looks like a total line, not a candidate, and was skipped",
                        "remove the total line if it is a candidate after all"));
                continue;
            }
            next = toSourceRow(raw);
        }
        return true;
    }

    @Override
    public SourceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more rows in " + file.getFileName());
        }
        SourceRow row = next;
        next = null;
        return row;
    }

    private SourceRow toSourceRow(RawRow raw) {
        List<String> cells = new ArrayList<>(header.size());
        List<RowProblem> problems = new ArrayList<>();
        for (int column = 0; column < raw.cells().size(); column++) {
            RawCell cell = raw.cells().get(column);
            if (column >= header.size()) {
                if (!cell.isEmpty()) {
                    problems.add(RowProblem.warning(raw.rowNumber(), "column " + (column + 1),
                            CellText.clean(cell.text()), "value in a column without a header was ignored",
                            "give the column a header or move the value into a named column"));
                }
                continue;
            }
            cells.add(cellText(raw.rowNumber(), column, cell, problems));
        }
        while (cells.size() < header.size()) {
            cells.add("");
        }
        return new SourceRow(raw.rowNumber(), cells, problems);
    }

    private String cellText(int rowNumber, int column, RawCell cell, List<RowProblem> problems) {
        String columnName = header.get(column);
        switch (cell.kind()) {
            case FORMULA_WITHOUT_VALUE:
                problems.add(RowProblem.error(rowNumber, columnName, "=" + cell.detail(),
                        "formula has no saved value (the file was written by a program that does not calculate)",
                        "open the file in a spreadsheet program and save it, or paste the values instead"));
                return "";
            case ERROR_VALUE:
                problems.add(RowProblem.error(rowNumber, columnName, cell.text(),
                        "cell holds the spreadsheet error " + cell.text(), "correct the formula or the value"));
                return "";
            case NUMBER:
                if (dateColumns[column]) {
                    String date = serialToDate(cell.text());
                    if (date != null) {
                        problems.add(RowProblem.warning(rowNumber, columnName, cell.text(),
                                "date typed as a plain number, read as " + date,
                                "format the column as dates"));
                        return date;
                    }
                }
                return cell.text();
            default:
                return CellText.clean(cell.text());
        }
    }

    /** Excel serials between 1927 and 2119; anything else in a date column is left as the number it is. */
    private String serialToDate(String number) {
        try {
            BigDecimal serial = new BigDecimal(number);
            if (serial.compareTo(BigDecimal.valueOf(10_000)) < 0 || serial.compareTo(BigDecimal.valueOf(80_000)) > 0) {
                return null;
            }
            return isoDate(DateUtil.getLocalDateTime(serial.doubleValue(), date1904()));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static String isoDate(LocalDateTime value) {
        if (value.toLocalTime().toSecondOfDay() == 0) {
            return value.toLocalDate().toString();
        }
        return value.withNano(0).toString();
    }

    static String plainNumber(String raw) {
        try {
            BigDecimal number = new BigDecimal(raw.strip());
            String plain = number.stripTrailingZeros().toPlainString();
            return plain.equals("-0") ? "0" : plain;
        } catch (NumberFormatException notANumber) {
            return raw;
        }
    }

    static String plainNumber(double value) {
        return plainNumber(Double.toString(value));
    }

    private static boolean looksLikeDate(String header) {
        String lower = CellText.stripAccents(header).toLowerCase(Locale.ROOT);
        if (lower.contains("date") || lower.contains("birth")) {
            return true;
        }
        for (String word : lower.split("[^a-z0-9]+")) {
            if (DATE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTotalLine(RawRow row) {
        int labels = 0;
        int numbers = 0;
        for (RawCell cell : row.cells()) {
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.kind() == CellKind.NUMBER || isNumeric(cell.text())) {
                numbers++;
            } else if (TOTAL_LABELS.contains(CellText.normalise(cell.text()))) {
                labels++;
            } else {
                return false;
            }
        }
        return labels == 1;
    }

    private static boolean isNumeric(String text) {
        return CellText.clean(text).matches("[-+]?[0-9][0-9 ,.]*");
    }

    private static String describe(RawRow row) {
        return String.join(" | ", row.cells().stream().filter(c -> !c.isEmpty())
                .map(c -> CellText.clean(c.text())).toList());
    }
}
