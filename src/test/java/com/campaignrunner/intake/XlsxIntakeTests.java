package com.campaignrunner.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks written here with POI, so the kinds that matter are covered without the shared samples. */
class XlsxIntakeTests {

    @TempDir
    Path folder;

    @Test
    void visibleSheetBelowItsTitleIsReadFromStoredValues() throws IOException {
        Path file = folder.resolve("campaign.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            fill(workbook);
            save(workbook, file);
        }

        IntakeRun run = IntakeRun.of(file);

        assertThat(run.sheetName()).isEqualTo("Candidates");
        assertThat(run.headerRowNumber()).isEqualTo(3);
        assertThat(run.fileWarnings()).extracting(RowProblem::message)
                .anyMatch(m -> m.startsWith("hidden sheets were not read"))
                .anyMatch(m -> m.contains("total line"));
        assertThat(run.rowNumbers()).containsExactly(4, 6, 7);
        Candidate anne = run.row(4);
        assertThat(anne.email()).isEqualTo("anne.shirley@example.com");
        assertThat(anne.phone()).isEqualTo("+442055500104");
        assertThat(anne.extras()).containsEntry("available_from", "2025-03-03")
                .containsEntry("application date", "2025-02-17").containsEntry("employee id", "12345678901234");
        assertThat(anne.valid()).isTrue();
        assertThat(run.row(6).email()).isEqualTo("jo.march@example.com");
        assertThat(run.row(6).fullName()).isEqualTo("Jo March");
        assertThat(run.row(7).errors()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("email");
            assertThat(p.message()).startsWith("formula has no saved value");
        });
    }

    @Test
    void legacyXlsGetsTheSameTreatment() throws IOException {
        Path file = folder.resolve("campaign.xls");
        try (Workbook workbook = new HSSFWorkbook()) {
            fill(workbook);
            save(workbook, file);
        }

        IntakeRun run = IntakeRun.of(file);

        assertThat(run.sheetName()).isEqualTo("Candidates");
        assertThat(run.headerRowNumber()).isEqualTo(3);
        Candidate anne = run.row(4);
        assertThat(anne.email()).isEqualTo("anne.shirley@example.com");
        assertThat(anne.phone()).isEqualTo("+442055500104");
        assertThat(anne.extras()).containsEntry("available_from", "2025-03-03")
                .containsEntry("employee id", "12345678901234");
        assertThat(run.row(6).email()).isEqualTo("jo.march@example.com");
    }

    @Test
    void namedSheetIsReadAndAnUnknownNameListsTheSheets() throws IOException {
        Path file = folder.resolve("named.xlsx");
        try (Workbook workbook = new XSSFWorkbook()) {
            fill(workbook);
            save(workbook, file);
        }

        IntakeRun old = IntakeRun.of(file, IntakeOptions.defaults().withSheetName("old_2024"));
        assertThat(old.candidates()).extracting(Candidate::firstName).containsExactly("Siobhán");

        assertThatThrownBy(() -> CandidateSheet.open(file, IntakeOptions.defaults().withSheetName("2025")))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("old_2024").hasMessageContaining("Candidates");
    }

    @Test
    void fileNamedXlsxThatIsReallyACsvIsReadAsOne() throws IOException {
        Path file = Files.writeString(folder.resolve("export.xlsx"), "email,first name\nada@example.com,Ada\n");

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(sheet.format()).isEqualTo(SourceFormat.CSV);
            assertThat(sheet.next().cells()).containsExactly("ada@example.com", "Ada");
        }
    }

    @Test
    void fileNamedXlsxThatIsBinaryGarbageIsRefused() throws IOException {
        Path file = Files.write(folder.resolve("broken.xlsx"), new byte[] {1, 2, 3, 0, 5, 6, 7, 8, 9});

        assertThatThrownBy(() -> CandidateSheet.open(file, IntakeOptions.defaults()))
                .isInstanceOf(IntakeException.class).hasMessageContaining("broken.xlsx");
    }

    /** Hidden old sheet first; then a title, a blank row, the header, data, a blank row and a total line. */
    private static void fill(Workbook workbook) {
        Sheet old = workbook.createSheet("old_2024");
        row(old, 0, "first_name", "last_name", "email");
        row(old, 1, "Siobhán", "O’Hara", "siobhan@example.com");
        workbook.setSheetHidden(0, true);

        Sheet sheet = workbook.createSheet("Candidates");
        workbook.setActiveSheet(1);
        row(sheet, 0, "Spring hiring – Halifax");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        row(sheet, 2, "first_name", "last_name", "email", "phone", "country_code", "available_from",
                "application date", "employee id");

        CellStyle dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        CellStyle scientific = workbook.createCellStyle();
        scientific.setDataFormat(workbook.createDataFormat().getFormat("0.00E+00"));

        Row anne = row(sheet, 3, "Anne", "Shirley");
        anne.createCell(2).setCellFormula("LOWER(A4&\".\"&B4&\"@example.com\")");
        Cell phone = anne.createCell(3);
        phone.setCellValue(442055500104d);
        phone.setCellStyle(scientific);
        anne.createCell(4).setCellValue("GB");
        Cell available = anne.createCell(5);
        available.setCellValue(LocalDate.of(2025, 3, 3));
        available.setCellStyle(dateStyle);
        anne.createCell(6).setCellValue(45705);
        anne.createCell(7).setCellValue(12345678901234d);

        Row jo = row(sheet, 5, "Jo", "March", "Email Jo", "+1 617 555 0105", "US");
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.EMAIL);
        link.setAddress("mailto:jo.march@example.com?subject=Interview");
        jo.getCell(2).setHyperlink(link);

        workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();

        Row gilbert = row(sheet, 6, "Gilbert", "Blythe");
        gilbert.createCell(2).setCellFormula("LOWER(A7&\"@example.com\")");
        Row total = sheet.createRow(8);
        total.createCell(0).setCellValue("Total");
        total.createCell(7).setCellValue(3);
    }

    private static Row row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
        return row;
    }

    private static void save(Workbook workbook, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }
}
