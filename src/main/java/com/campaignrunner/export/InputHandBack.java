package com.campaignrunner.export;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The candidate file HR gave, handed back in its own format with the results of each row appended, so HR can keep
 * working in the file they know. Only a few short strings per row are held until the file is read again.
 */
final class InputHandBack {

    static final List<String> RESULT_HEADERS = List.of("Outcome", "Recommendation", "Score", "Interview link",
            "Error");

    private final Map<Integer, String[]> results = new HashMap<>();

    void add(CandidateLine line) {
        Object link = line.interviewLink();
        String[] values = {
                line.outcome(),
                line.recommendation(),
                SheetCells.plainNumber(line.row().score()),
                link instanceof Link web ? web.address() : (String) link,
                CandidateLine.reason(line.row())};
        results.put(line.row().rowNumber(), values);
    }

    /** Returns the file written; an XLS file comes back as XLSX, and its name says it was converted. */
    Path write(HandBack handBack, Path folder) throws IOException {
        return switch (handBack.format()) {
            case CSV -> writeCsv(handBack, folder.resolve("input-with-results.csv"));
            case XLSX -> writeWorkbook(handBack, folder.resolve("input-with-results.xlsx"));
            case XLS -> writeWorkbook(handBack, folder.resolve("input-with-results-converted-from-xls.xlsx"));
        };
    }

    private Path writeCsv(HandBack handBack, Path file) throws IOException {
        Charset charset = handBack.charset() == null ? StandardCharsets.UTF_8 : handBack.charset();
        char delimiter = handBack.delimiter() == 0 ? ',' : handBack.delimiter();
        try (CSVPrinter printer = SheetCells.csv(file, charset, delimiter)) {
            List<String> header = header(handBack);
            printer.printRecord(safe(header, header));
            for (HandBack.RowCells row : handBack.rows()) {
                printer.printRecord(safe(header, cells(row, handBack.header().size())));
            }
        }
        return file;
    }

    private Path writeWorkbook(HandBack handBack, Path file) throws IOException {
        SXSSFWorkbook workbook = SheetCells.newWorkbook();
        SheetCells cells = new SheetCells(workbook, ZoneId.systemDefault());
        SXSSFSheet sheet = workbook.createSheet("Candidates with results");
        List<String> header = header(handBack);
        cells.header(sheet.createRow(0), header);
        sheet.createFreezePane(0, 1);
        SheetCells.widths(sheet, header.stream().map(h -> Math.max(12, h.length() + 4)).toList());
        int r = 0;
        for (HandBack.RowCells row : handBack.rows()) {
            SXSSFRow target = sheet.createRow(++r);
            List<String> values = cells(row, handBack.header().size());
            for (int c = 0; c < values.size(); c++) {
                if (c < header.size() && isPhone(header.get(c))) {
                    cells.phone(target, c, values.get(c));
                } else {
                    cells.value(target, c, values.get(c));
                }
            }
        }
        SheetCells.save(workbook, file);
        return file;
    }

    private static List<String> header(HandBack handBack) {
        List<String> header = new ArrayList<>(handBack.header());
        header.addAll(RESULT_HEADERS);
        return header;
    }

    /** The original cells padded to the header's width, so the results always land under their own headers. */
    private List<String> cells(HandBack.RowCells row, int width) {
        List<String> values = new ArrayList<>(row.cells());
        while (values.size() < width) {
            values.add(null);
        }
        String[] result = results.get(row.rowNumber());
        for (int i = 0; i < RESULT_HEADERS.size(); i++) {
            values.add(result == null ? null : result[i]);
        }
        return values;
    }

    private static List<String> safe(List<String> header, List<String> values) {
        List<String> safe = new ArrayList<>(values.size());
        for (int c = 0; c < values.size(); c++) {
            boolean phone = c < header.size() && isPhone(header.get(c));
            safe.add(phone ? SheetCells.csvPhone(values.get(c)) : SheetCells.csvText(values.get(c), null));
        }
        return safe;
    }

    /** The file's own headers are free text, so the phone rule follows what the header says the column holds. */
    private static boolean isPhone(String header) {
        String name = header == null ? "" : header.toLowerCase(Locale.ROOT);
        return name.contains("phone") || name.contains("mobile") || name.contains("tel");
    }
}
