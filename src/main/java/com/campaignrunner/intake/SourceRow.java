package com.campaignrunner.intake;

import java.util.List;

/**
 * One row as read from the candidate file, before any mapping.
 *
 * @param rowNumber the row as the spreadsheet program shows it; in a CSV each record counts once, even when a
 *     quoted cell spans several lines
 * @param cells the cleaned cell texts, as wide as the header
 * @param problems what the reader found wrong with single cells (a formula without a value, a date typed as a
 *     number); the column of each problem is the header of that cell
 */
public record SourceRow(int rowNumber, List<String> cells, List<RowProblem> problems) {

    public SourceRow {
        cells = List.copyOf(cells);
        problems = List.copyOf(problems);
    }

    public SourceRow(int rowNumber, List<String> cells) {
        this(rowNumber, cells, List.of());
    }

    /** The cell at the index, or an empty string past the end of the row. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : "";
    }
}
