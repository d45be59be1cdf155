package com.campaignrunner.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Checks the committed sample campaign files, not the generator's memory of them. */
class SampleDataTests {

    private static final Path SAMPLE = Path.of("sample-data");
    private static final Path RESUMES = SAMPLE.resolve("resumes");
    private static final int COLUMNS = SampleCandidate.HEADER.size();
    private static final int EMAIL = 2;
    private static final int RESUME = 5;

    @Test
    void workbookAndCsvHoldTheSameRowsInTheSameOrder() throws IOException {
        List<List<String>> workbookRows = workbookRows();
        List<List<String>> csvRows = csvRows();

        assertThat(workbookRows.get(0)).isEqualTo(SampleCandidate.HEADER);
        assertThat(workbookRows).hasSizeGreaterThanOrEqualTo(45);
        assertThat(csvRows).isEqualTo(workbookRows);
    }

    @Test
    void csvIsSavedLikeExcelCsvUtf8() throws IOException {
        byte[] bytes = Files.readAllBytes(SAMPLE.resolve("candidates.csv"));
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void workbookHasABoldHeaderAndTwoPhonesTypedAsNumbers() throws IOException {
        try (XSSFWorkbook workbook = openWorkbook()) {
            XSSFSheet sheet = workbook.getSheet("Candidates");
            Row header = sheet.getRow(0);
            long numericPhones = Stream.iterate(1, index -> index <= sheet.getLastRowNum(), index -> index + 1)
                    .map(sheet::getRow)
                    .filter(row -> row != null && row.getCell(3) != null)
                    .filter(row -> row.getCell(3).getCellType() == CellType.NUMERIC)
                    .count();

            assertThat(sheet).isNotNull();
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(numericPhones).isEqualTo(2);
        }
    }

    @Test
    void everyResumeOpensAndShowsItsCandidatesEmail() throws IOException {
        Set<String> named = new LinkedHashSet<>();
        int missingFiles = 0;
        int emptyResumeCells = 0;

        for (List<String> row : dataRows()) {
            String resume = row.get(RESUME);
            if (row.stream().allMatch(String::isEmpty)) {
                continue;
            }
            if (resume.isEmpty()) {
                emptyResumeCells++;
                continue;
            }
            Path file = RESUMES.resolve(resume);
            if (!Files.exists(file)) {
                missingFiles++;
                continue;
            }
            named.add(resume);

            // A malformed address in the sheet is a typo there; the resume carries the right one.
            String email = row.get(EMAIL).strip().toLowerCase(Locale.ROOT);
            String text = ResumeTexts.extract(file).toLowerCase(Locale.ROOT);
            if (email.contains("@")) {
                assertThat(text).as(resume).contains(email);
            }
        }

        assertThat(missingFiles).as("rows naming a resume that is not there").isEqualTo(1);
        assertThat(emptyResumeCells).as("rows without a resume").isEqualTo(1);
        try (Stream<Path> files = Files.list(RESUMES)) {
            for (Path file : files.toList()) {
                assertThat(ResumeTexts.extract(file)).as(file.toString()).isNotBlank();
                assertThat(named).as("a row names " + file.getFileName()).contains(file.getFileName().toString());
            }
        }
    }

    @Test
    void positionHasTheTenAgreedKeywords() {
        assertThat(ExpectedScreening.positionKeywords()).containsExactlyInAnyOrder(
                "microservices", "java", "spring", "rest", "postgresql", "kafka", "docker", "kubernetes", "aws",
                "testing");
    }

    @Test
    void screeningMixHasEveryRecommendationWithAcceptTheLargest() throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> screened = new LinkedHashSet<>();

        for (List<String> row : dataRows()) {
            Path file = RESUMES.resolve(row.get(RESUME));
            if (!row.get(RESUME).isEmpty() && Files.exists(file) && screened.add(row.get(RESUME))) {
                int score = ExpectedScreening.score(ResumeTexts.extract(file));
                counts.merge(ExpectedScreening.recommendation(score), 1, Integer::sum);
            }
        }

        int accept = counts.getOrDefault(ExpectedScreening.ACCEPT, 0);
        int recruiterAction = counts.getOrDefault(ExpectedScreening.RECRUITER_ACTION, 0);
        int reject = counts.getOrDefault(ExpectedScreening.REJECT, 0);
        assertThat(recruiterAction).isPositive();
        assertThat(reject).isPositive();
        assertThat(accept).isGreaterThan(recruiterAction).isGreaterThan(reject);
    }

    @Test
    void nonLatinLettersStayInsideWords() {
        assertThat(ExpectedScreening.tokens("Дмитрий: Java/Spring, 山田太郎—REST"))
                .containsExactlyInAnyOrder("дмитрий", "java", "spring", "山田太郎", "rest");
    }

    private static List<List<String>> dataRows() throws IOException {
        List<List<String>> rows = workbookRows();
        return rows.subList(1, rows.size());
    }

    private static List<List<String>> workbookRows() throws IOException {
        try (XSSFWorkbook workbook = openWorkbook()) {
            XSSFSheet sheet = workbook.getSheet("Candidates");
            List<List<String>> rows = new ArrayList<>();
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < COLUMNS; column++) {
                    cells.add(row == null ? "" : cellText(row.getCell(column)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static String cellText(Cell cell) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).toBigIntegerExact().toString();
        }
        return cell.getStringCellValue();
    }

    private static List<List<String>> csvRows() throws IOException {
        String text = Files.readString(SAMPLE.resolve("candidates.csv"), StandardCharsets.UTF_8);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text.substring(1), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                rows.add(record.toList());
            }
        }
        return rows;
    }

    private static XSSFWorkbook openWorkbook() throws IOException {
        try (InputStream in = Files.newInputStream(SAMPLE.resolve("candidates.xlsx"))) {
            return new XSSFWorkbook(in);
        }
    }
}
