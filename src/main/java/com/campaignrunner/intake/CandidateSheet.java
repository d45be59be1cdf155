package com.campaignrunner.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The rows of a candidate file, read one at a time below the header, whatever the format. Blank rows,
 * formatting-only rows and total lines never come out; every row keeps the number the spreadsheet shows.
 */
public interface CandidateSheet extends AutoCloseable, Iterator<SourceRow> {

    /**
     * Opens a candidate file. The format is judged from the first bytes (zip is XLSX, OLE2 is XLS, anything else
     * is CSV) so a misnamed file still opens.
     */
    static CandidateSheet open(Path file, IntakeOptions options) throws IntakeException {
        IntakeOptions settings = options == null ? IntakeOptions.defaults() : options;
        SourceFormat format = detectFormat(file);
        return switch (format) {
            case CSV -> new CsvCandidateSheet(file, settings);
            case XLSX -> new XlsxCandidateSheet(file, settings);
            case XLS -> new XlsCandidateSheet(file, settings);
        };
    }

    static SourceFormat detectFormat(Path file) throws IntakeException {
        byte[] magic = new byte[512];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(magic, 0, magic.length);
        } catch (NoSuchFileException missing) {
            throw new IntakeException(file, "candidate file not found; check the path in the campaign file",
                    missing);
        } catch (IOException unreadable) {
            throw new IntakeException(file, "candidate file cannot be read: " + unreadable.getMessage(), unreadable);
        }
        if (read >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
            return SourceFormat.XLSX;
        }
        if (read >= 8 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && (magic[2] & 0xFF) == 0x11
                && (magic[3] & 0xFF) == 0xE0) {
            return SourceFormat.XLS;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (read > 0 && (name.endsWith(".xlsx") || name.endsWith(".xls"))) {
            String start = new String(magic, 0, read, java.nio.charset.StandardCharsets.ISO_8859_1).trim()
                    .toLowerCase(Locale.ROOT);
            if (start.startsWith("<")) {
                // Some applicant-tracking systems export a web page and name it .xls.
                throw new IntakeException(file, "this file is named like a workbook but is really a web page "
                        + "(HTML); open it in the spreadsheet program and save it as .xlsx or .csv");
            }
            if (!looksLikeText(magic, read)) {
                throw new IntakeException(file, "file is named like a workbook but is not an Excel file;"
                        + " save it again from the spreadsheet program as .xlsx or .csv");
            }
        }
        return SourceFormat.CSV;
    }

    /** No control bytes other than line ends and tabs: text that a CSV reader can try. */
    private static boolean looksLikeText(byte[] bytes, int length) {
        boolean utf16 = length >= 2 && (((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)
                || ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF));
        if (utf16) {
            return true;
        }
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    SourceFormat format();

    /** The header cells as found, cleaned of invisible characters, without empty trailing columns. */
    List<String> header();

    int headerRowNumber();

    /** The sheet read, null for a CSV. */
    String sheetName();

    /** The text encoding of a CSV, null for a workbook. */
    Charset charset();

    /** The separator of a CSV, a comma for a workbook. */
    char delimiter();

    /** Oddities that concern the file rather than one candidate (skipped total lines, the sheet chosen). */
    List<RowProblem> fileWarnings();

    @Override
    void close();
}
