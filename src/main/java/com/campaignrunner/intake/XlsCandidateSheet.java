package com.campaignrunner.intake;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * A legacy Excel 97-2003 candidate file. The whole workbook is loaded: the format caps a sheet at 65,536 rows, so
 * it stays small.
 */
final class XlsCandidateSheet extends SheetReader {

    private final HSSFWorkbook workbook;
    private Sheet sheet;
    private int nextRowIndex;

    XlsCandidateSheet(Path file, IntakeOptions options) {
        super(file);
        try {
            workbook = new HSSFWorkbook(new POIFSFileSystem(file.toFile(), true));
        } catch (IOException | RuntimeException broken) {
            throw new IntakeException(file, "the Excel 97-2003 workbook cannot be opened (" + broken.getMessage()
                    + "); open it in a spreadsheet program and save it again", broken);
        }
        try {
            chooseSheet(options.sheetName());
        } catch (RuntimeException failure) {
            close();
            throw failure;
        }
    }

    private void chooseSheet(String wanted) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        if (wanted != null) {
            int index = -1;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).strip().equalsIgnoreCase(wanted.strip())) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IntakeException(file, "the workbook has no sheet named '" + wanted + "'; its sheets are "
                        + names);
            }
            useSheet(index);
            if (!findHeader()) {
                throw new IntakeException(file, "sheet '" + wanted + "' is empty; name the sheet that holds the"
                        + " candidates");
            }
            return;
        }
        List<String> skippedHidden = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                skippedHidden.add(names.get(i));
                continue;
            }
            useSheet(i);
            if (findHeader()) {
                if (!skippedHidden.isEmpty()) {
                    warnAboutFile(RowProblem.warning(0, null, String.join(", ", skippedHidden),
                            "hidden sheets were not read; candidates were read from sheet '" + names.get(i) + "'",
                            "name the sheet in the campaign file to read another one"));
                }
                return;
            }
        }
        throw new IntakeException(file, "no visible sheet holds any data; the sheets are " + names);
    }

    private void useSheet(int index) {
        sheet = workbook.getSheetAt(index);
        nextRowIndex = Math.max(0, sheet.getFirstRowNum());
    }

    @Override
    protected RawRow readRawRow() {
        while (nextRowIndex <= sheet.getLastRowNum()) {
            Row row = sheet.getRow(nextRowIndex++);
            if (row == null) {
                continue;
            }
            List<RawCell> cells = new ArrayList<>();
            for (int column = 0; column < Math.max(0, row.getLastCellNum()); column++) {
                Cell cell = row.getCell(column);
                cells.add(cell == null ? RawCell.text("") : rawCell(cell));
            }
            return new RawRow(row.getRowNum() + 1, cells);
        }
        return null;
    }

    private RawCell rawCell(Cell cell) {
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        RawCell raw = switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new RawCell(isoDate(cell.getLocalDateTimeCellValue()), CellKind.DATE, null)
                    : new RawCell(plainNumber(cell.getNumericCellValue()), CellKind.NUMBER, null);
            case STRING -> RawCell.text(cell.getStringCellValue());
            case BOOLEAN -> RawCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR -> new RawCell(FormulaError.forInt(cell.getErrorCellValue()).getString(),
                    CellKind.ERROR_VALUE, null);
            default -> RawCell.text("");
        };
        Hyperlink link = cell.getHyperlink();
        if (link != null && raw.kind() == CellKind.TEXT && !raw.text().contains("@")) {
            String address = XlsxCandidateSheet.mailtoAddress(link.getAddress());
            if (address != null) {
                return RawCell.text(address);
            }
        }
        return raw;
    }

    @Override
    public SourceFormat format() {
        return SourceFormat.XLS;
    }

    @Override
    public String sheetName() {
        return sheet == null ? null : sheet.getSheetName();
    }

    @Override
    public Charset charset() {
        return null;
    }

    @Override
    public char delimiter() {
        return ',';
    }

    @Override
    public void close() {
        try {
            if (workbook != null) {
                workbook.close();
            }
        } catch (IOException ignored) {
            // Opened read-only; nothing to lose.
        }
    }
}
