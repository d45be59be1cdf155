package com.campaignrunner.export;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVPrinter;

/**
 * The validation report of a dry run: one CSV line per candidate row with its verdict, the column at fault, what
 * is wrong and how to fix it, and the warnings. Written with the bundle's CSV rules (formula-safe text, owner-only
 * file) so a recruiter can open it the same way.
 */
public final class ValidationReport implements Closeable {

    private static final String[] HEADER = {"Row", "Verdict", "Name", "Email", "Position", "Resume", "Column",
        "Problem", "Fix", "Warnings"};

    private final CSVPrinter printer;

    public ValidationReport(Path file) throws IOException {
        OwnerOnlyFiles.createFolder(file.toAbsolutePath().getParent());
        printer = SheetCells.csv(file, StandardCharsets.UTF_8, ',');
        printer.printRecord(Arrays.asList(HEADER));
        OwnerOnlyFiles.restrict(file);
    }

    public void add(LedgerRow row) throws IOException {
        boolean valid = row.state() != RowState.INVALID;
        printer.printRecord(row.rowNumber(), valid ? "valid" : "invalid", safe(row.displayName()), safe(row.email()),
                safe(row.positionName()), safe(row.resumeFile()), safe(row.problemColumn()),
                safe(row.problemMessage()), safe(row.problemFix()), safe(row.warnings()));
    }

    private static String safe(String value) {
        return value == null ? "" : SpreadsheetSafety.text(value);
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
