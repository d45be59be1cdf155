package com.campaignrunner.intake;

import java.nio.file.Path;

/**
 * A candidate file or resume that cannot be read at all. Unchecked because it can surface while iterating a
 * sheet; the message always names the file and, where known, the row and column, and says what to do.
 */
public class IntakeException extends RuntimeException {

    private final transient Path file;
    private final int rowNumber;
    private final String column;

    public IntakeException(Path file, int rowNumber, String column, String message, Throwable cause) {
        super(describe(file, rowNumber, column, message), cause);
        this.file = file;
        this.rowNumber = rowNumber;
        this.column = column;
    }

    public IntakeException(Path file, String message) {
        this(file, 0, null, message, null);
    }

    public IntakeException(Path file, String message, Throwable cause) {
        this(file, 0, null, message, cause);
    }

    /** The file at fault, or null when the problem is not tied to a file (a campaign's column mapping). */
    public Path file() {
        return file;
    }

    /** The row at fault, 0 when the whole file is. */
    public int rowNumber() {
        return rowNumber;
    }

    /** The column at fault, or null. */
    public String column() {
        return column;
    }

    private static String describe(Path file, int rowNumber, String column, String message) {
        StringBuilder where = new StringBuilder();
        if (file != null) {
            where.append(file.getFileName());
        }
        if (rowNumber > 0) {
            where.append(where.length() > 0 ? ", " : "").append("row ").append(rowNumber);
        }
        if (column != null) {
            where.append(where.length() > 0 ? ", " : "").append("column '").append(column).append('\'');
        }
        return where.length() == 0 ? message : where + ": " + message;
    }
}
