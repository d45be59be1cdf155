package com.campaignrunner.export;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/** results.csv: the Candidates sheet for programs that read no workbook. */
final class ResultsCsv implements Closeable {

    private final CSVPrinter printer;
    private final ZoneId zone;

    ResultsCsv(Path file, ZoneId zone) throws IOException {
        this.zone = zone;
        printer = SheetCells.csv(file, StandardCharsets.UTF_8, ',');
        printer.printRecord(CandidateColumn.headers());
    }

    void add(CandidateLine line) throws IOException {
        List<String> values = new ArrayList<>(CandidateColumn.values().length);
        for (CandidateColumn column : CandidateColumn.values()) {
            values.add(column == CandidateColumn.PHONE
                    ? SheetCells.csvPhone(line.row().phone())
                    : SheetCells.csvText(line.value(column), zone));
        }
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
