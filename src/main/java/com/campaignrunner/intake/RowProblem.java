package com.campaignrunner.intake;

/**
 * Something wrong with one cell of one row, said so that a recruiter can find the cell and fix it.
 *
 * @param rowNumber the row as the spreadsheet program shows it, 0 for the file as a whole
 * @param column the column header as written in the file, null when no single column is at fault
 * @param value the value found, null when there is none
 * @param message what is wrong, in plain words
 * @param fix what to do about it
 * @param severity an error keeps the row out of the campaign, a warning does not
 */
public record RowProblem(int rowNumber, String column, String value, String message, String fix,
        Severity severity) {

    public enum Severity {
        ERROR, WARNING
    }

    public static RowProblem error(int rowNumber, String column, String value, String message, String fix) {
        return new RowProblem(rowNumber, column, value, message, fix, Severity.ERROR);
    }

    public static RowProblem warning(int rowNumber, String column, String value, String message, String fix) {
        return new RowProblem(rowNumber, column, value, message, fix, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    RowProblem withSeverity(Severity newSeverity) {
        return new RowProblem(rowNumber, column, value, message, fix, newSeverity);
    }

    RowProblem withColumn(String newColumn) {
        return new RowProblem(rowNumber, newColumn, value, message, fix, severity);
    }

    @Override
    public String toString() {
        String where = column == null ? "row " + rowNumber : "row " + rowNumber + ", column '" + column + "'";
        String shown = value == null ? "" : " (value '" + value + "')";
        return severity + " " + where + shown + ": " + message + (fix == null ? "" : "; " + fix);
    }
}
