package com.campaignrunner.export;

import static com.campaignrunner.export.LedgerRowBuilder.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputHandBackTests {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final List<String> HEADER = List.of("Vorname", "Nachname", "E-Mail", "Telefon");

    @TempDir
    Path temp;

    final List<LedgerRow> rows = List.of(row(2, RowState.COLLECTED).name("Jürgen", "Müller").build(),
            row(3, RowState.INVALID).build(), row(5, RowState.NOT_SELECTED).build());

    final List<HandBack.RowCells> original = List.of(
            new HandBack.RowCells(2, List.of("Jürgen", "Müller", "j@example.com", "+49 30 1234567")),
            new HandBack.RowCells(3, List.of("Zoë", "=1+1", "zoe(at)example")),
            new HandBack.RowCells(4, List.of("", "", "", "")),
            new HandBack.RowCells(5, List.of("Ana", "Søren", "ana@example.com", "-1")));

    @Test
    void aCsvComesBackWithItsDelimiterAndEncodingAndTheResultColumns() throws IOException {
        Bundle bundle = write(new HandBack(HandBack.Format.CSV, "kandidaten.csv", HEADER, original, WINDOWS_1252,
                ';'));

        Path file = bundle.folder().resolve("input-with-results.csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).as("no byte order mark").isEqualTo((byte) 'V');
        assertThat(bytes).contains(0xFC);
        List<String> lines = List.of(new String(bytes, WINDOWS_1252).split("\r\n"));
        assertThat(lines).containsExactly(
                "Vorname;Nachname;E-Mail;Telefon;Outcome;Recommendation;Score;Interview link;Error",
                "Jürgen;Müller;j@example.com;+49 30 1234567;Interview completed;Accept;7.5;"
                        + "https://app.jobmojito.com/interview/2;",
                "Zoë;'=1+1;zoe(at)example;;Invalid;;;;Row 3, column email: 'anna(at)example' is not an email address",
                "\"\";;;;;;;;",
                "Ana;Søren;ana@example.com;'-1;Not selected;Accept;7.5;;");
    }

    @Test
    void anXlsxComesBackAsXlsxWithTheResultColumnsAsText() throws IOException {
        Bundle bundle = write(new HandBack(HandBack.Format.XLSX, "candidates.xlsx", HEADER, original, null, ','));

        try (XSSFWorkbook workbook = new XSSFWorkbook(
                Files.newInputStream(bundle.folder().resolve("input-with-results.xlsx")))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Outcome");
            assertThat(sheet.getRow(0).getCell(8).getStringCellValue()).isEqualTo("Error");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Jürgen");
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("+49 30 1234567");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Interview completed");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'=1+1");
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Invalid");
            assertThat(sheet.getRow(4).getCell(4).getStringCellValue()).isEqualTo("Not selected");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
        }
    }

    @Test
    void anXlsComesBackAsXlsxAndTheFileNameSaysSo() throws IOException {
        Bundle bundle = write(new HandBack(HandBack.Format.XLS, "candidates.xls", HEADER, original, null, ','));

        assertThat(bundle.folder().resolve("input-with-results-converted-from-xls.xlsx")).isRegularFile();
        assertThat(bundle.folder().resolve("input-with-results.xls")).doesNotExist();
    }

    private Bundle write(HandBack handBack) throws IOException {
        ExportRequest request = new ExportRequest("hand-back", "Hand back", false, List.of(), temp, null, null, null,
                handBack);
        return new BundleWriter(Clock.fixed(Instant.parse("2025-03-04T12:00:00Z"), ZoneOffset.UTC))
                .write(request, rows::forEach);
    }
}
