package com.campaignrunner.export;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The candidate file as HR gave it, to be handed back with result columns appended.
 *
 * @param rows the original rows, read again from the file by the caller; matched to the ledger by row number
 * @param charset and {@code delimiter} describe a CSV file and are ignored for spreadsheets
 */
public record HandBack(Format format, String originalFileName, List<String> header, Iterable<RowCells> rows,
        Charset charset, char delimiter) {

    public enum Format {
        CSV, XLSX, XLS
    }

    /** One data row of the candidate file with the row number the ledger knows it by. */
    public record RowCells(int rowNumber, List<String> cells) {
    }
}
