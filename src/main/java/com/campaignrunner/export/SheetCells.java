package com.campaignrunner.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The one place that writes cells, to workbooks and to CSV files, so both apply the same safety rule and formats.
 * A workbook gets a handful of styles created once: per-cell styles would hit the file format's limit.
 */
final class SheetCells {

    /** Rows kept in memory per sheet before they are flushed to a temporary file. */
    static final int WINDOW = 100;

    private static final DateTimeFormatter CSV_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static final Map<String, IndexedColors> OUTCOME_FILLS = Map.ofEntries(
            Map.entry(Outcomes.COMPLETED, IndexedColors.LIGHT_GREEN),
            Map.entry(Outcomes.INVITED, IndexedColors.LIGHT_TURQUOISE),
            Map.entry(Outcomes.ACCEPT, IndexedColors.LEMON_CHIFFON),
            Map.entry(Outcomes.RECRUITER_REVIEW, IndexedColors.LIGHT_YELLOW),
            Map.entry(Outcomes.REJECT, IndexedColors.GREY_25_PERCENT),
            Map.entry(Outcomes.NOT_SCREENABLE, IndexedColors.GREY_25_PERCENT),
            Map.entry(Outcomes.NOT_SELECTED, IndexedColors.GREY_25_PERCENT),
            Map.entry(Outcomes.ABANDONED, IndexedColors.TAN),
            Map.entry(Outcomes.FAILED, IndexedColors.TAN),
            Map.entry(Outcomes.PENDING_SCREENING, IndexedColors.PALE_BLUE),
            Map.entry(Outcomes.INVALID, IndexedColors.ROSE),
            Map.entry(Outcomes.ERROR_WILL_RETRY, IndexedColors.LIGHT_ORANGE),
            Map.entry(Outcomes.ERROR, IndexedColors.ROSE));

    private final SXSSFWorkbook workbook;
    private final ZoneId zone;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle decimal;
    private final CellStyle link;
    private final Map<String, CellStyle> outcomeStyles = new HashMap<>();

    SheetCells(SXSSFWorkbook workbook, ZoneId zone) {
        this.workbook = workbook;
        this.zone = zone;

        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font underlined = workbook.createFont();
        underlined.setUnderline(Font.U_SINGLE);
        underlined.setColor(IndexedColors.BLUE.getIndex());

        title = workbook.createCellStyle();
        title.setFont(big);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0#"));
        link = workbook.createCellStyle();
        link.setFont(underlined);
        OUTCOME_FILLS.forEach((outcome, colour) -> {
            CellStyle style = workbook.createCellStyle();
            style.setFillForegroundColor(colour.getIndex());
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            outcomeStyles.put(outcome, style);
        });
    }

    static SXSSFWorkbook newWorkbook() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    static void save(SXSSFWorkbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    void title(Row row, String text) {
        Cell cell = row.createCell(0);
        cell.setCellValue(SpreadsheetSafety.text(text));
        cell.setCellStyle(title);
    }

    void header(Row row, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(SpreadsheetSafety.text(names.get(i)));
            cell.setCellStyle(header);
        }
    }

    static void widths(Sheet sheet, List<Integer> characters) {
        for (int i = 0; i < characters.size(); i++) {
            sheet.setColumnWidth(i, Math.min(characters.get(i), 80) * 256);
        }
    }

    /** Writes a String, Number, Instant or {@link Link}; nothing for null, so the cell stays empty. */
    void value(Row row, int column, Object value) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            if (!(number instanceof Integer || number instanceof Long)) {
                cell.setCellStyle(decimal);
            }
        } else if (value instanceof Instant instant) {
            cell.setCellValue(LocalDateTime.ofInstant(instant, zone));
            cell.setCellStyle(date);
        } else if (value instanceof Link target) {
            cell.setCellValue(SpreadsheetSafety.text(target.text()));
            Hyperlink hyperlink = workbook.getCreationHelper()
                    .createHyperlink(target.file() ? HyperlinkType.FILE : HyperlinkType.URL);
            hyperlink.setAddress(target.address());
            cell.setHyperlink(hyperlink);
            cell.setCellStyle(link);
        } else {
            cell.setCellValue(SpreadsheetSafety.text(value.toString()));
        }
    }

    void phone(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(SpreadsheetSafety.phone(value));
        }
    }

    void outcome(Row row, int column, String outcome) {
        if (outcome == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(SpreadsheetSafety.text(outcome));
        CellStyle fill = outcomeStyles.get(outcome);
        if (fill != null) {
            cell.setCellStyle(fill);
        }
    }

    /**
     * A CSV file in the given charset and delimiter with CRLF line ends, quoted as RFC 4180 says. A UTF-8 file
     * starts with a byte order mark: without it Excel reads the file as the local code page.
     */
    static CSVPrinter csv(Path file, Charset charset, char delimiter) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), charset));
        if (charset.equals(StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
        return new CSVPrinter(writer, format);
    }

    /** The CSV form of a value {@link #value} writes: links become their address, times the local time. */
    static String csvText(Object value, ZoneId zone) {
        if (value == null) {
            return "";
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Number number) {
            return plainNumber(number);
        }
        if (value instanceof Instant instant) {
            return CSV_DATE.format(LocalDateTime.ofInstant(instant, zone));
        }
        if (value instanceof Link target) {
            return SpreadsheetSafety.text(target.address());
        }
        return SpreadsheetSafety.text(value.toString());
    }

    static String plainNumber(Number value) {
        return value == null ? null : BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros().toPlainString();
    }

    static String csvPhone(String value) {
        return value == null ? "" : SpreadsheetSafety.phone(value);
    }
}
