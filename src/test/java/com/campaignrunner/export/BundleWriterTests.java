package com.campaignrunner.export;

import static com.campaignrunner.export.LedgerRowBuilder.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.api.ApiJson;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class BundleWriterTests {

    static final String FORMULA_NAME = "=HYPERLINK(\"http://example.com\")";
    static final Instant NOW = Instant.parse("2025-03-04T12:00:00Z");
    static final Instant PREVIOUS_EXPORT = Instant.parse("2025-03-02T00:00:00Z");

    @TempDir
    Path temp;

    Bundle bundle;
    List<LedgerRow> rows;

    @BeforeEach
    void writeBundle() throws IOException {
        Path collected = temp.resolve("collected");
        InterviewDetailsSamples.store(collected, 1);
        InterviewDetailsSamples.store(collected, 9);

        LedgerRowBuilder exportedBefore = row(1, RowState.COLLECTED)
                .collected(InterviewDetailsSamples.transcript(1), InterviewDetailsSamples.report(1));
        exportedBefore.firstExportedAt = Instant.parse("2025-03-01T12:00:00Z");
        LedgerRowBuilder notRetryable = row(4, RowState.ERROR);
        notRetryable.errorRetryable = false;
        LedgerRowBuilder review = row(5, RowState.SCREENED);
        review.recommendation = "recruiter_action";
        LedgerRowBuilder rejected = row(6, RowState.NOT_SELECTED);
        rejected.recommendation = "ai_reject";
        rejected.score = 2.0;
        LedgerRowBuilder oddLink = row(7, RowState.REGISTERED);
        oddLink.interviewUrl = "javascript:alert(1)";
        LedgerRowBuilder hostile = row(8, RowState.STAGED).name(FORMULA_NAME, "-2+3");
        hostile.phone = "+447700900123";
        hostile.email = "@SUM(1+1)";
        LedgerRowBuilder cyrillic = row(9, RowState.COLLECTED).name("../../etc/Пётр", "Иванов\u0007")
                .collected(InterviewDetailsSamples.transcript(9), InterviewDetailsSamples.report(9));
        cyrillic.score = 10.0;
        LedgerRowBuilder unscreenable = row(10, RowState.SCREENED);
        unscreenable.recommendation = null;
        unscreenable.decisionStatus = "unknown";
        unscreenable.score = null;
        LedgerRowBuilder missingFiles = row(11, RowState.COLLECTED).collected("row-00011.json", "../secret.pdf");

        rows = List.of(exportedBefore.build(), row(2, RowState.INVALID).build(), row(3, RowState.ERROR).build(),
                notRetryable.build(), review.build(), rejected.build(), oddLink.build(), hostile.build(),
                cyrillic.build(), unscreenable.build(), missingFiles.build());

        ExportRequest request = new ExportRequest("spring-hiring", "Spring hiring", true,
                InterviewDetailsSamples.runs(), temp.resolve("exports"), collected, InterviewDetailsSamples.credits(),
                PREVIOUS_EXPORT, null);
        bundle = new BundleWriter(Clock.fixed(NOW, ZoneOffset.UTC)).write(request, rows::forEach);
    }

    @Test
    void writesTheBundleIntoATimestampFolderWithAZipBesideIt() {
        assertThat(bundle.folder()).isEqualTo(temp.resolve("exports/spring-hiring/20250304-120000"));
        assertThat(bundle.zip()).isEqualTo(temp.resolve("exports/spring-hiring/20250304-120000.zip"));
        assertThat(bundle.rows()).isEqualTo(11);
        assertThat(bundle.outcomes()).containsEntry("Interview completed", 3).containsEntry("Invalid", 1)
                .containsEntry("Error (will retry)", 1).containsEntry("Error", 1).containsEntry("Not screenable", 1);
        assertThat(temp.resolve("exports/spring-hiring")).isDirectoryNotContaining("glob:**.partial");
    }

    @Test
    void theWorkbookHasSummaryCandidatesAndErrorsWithChartsOnTheSummary() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            assertThat(workbook.getSheetName(1)).isEqualTo("Candidates");
            assertThat(workbook.getSheetName(2)).isEqualTo("Errors");

            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Campaign Spring hiring — SANDBOX DATA");
            XSSFDrawing drawing = summary.getDrawingPatriarch();
            assertThat(drawing).isNotNull();
            assertThat(drawing.getCharts()).hasSize(2);
            assertThat(drawing.getCharts().get(0).getTitleText().getString()).isEqualTo("Outcomes");
            assertThat(labels(summary)).contains("Rows read", "Interview completed", "9–10", "Total");
        }
    }

    @Test
    void theSummaryListsRunsWithRealDatesAndCountsAndCredits() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet summary = workbook.getSheet("Summary");
            XSSFRow firstRun = rowLabelled(summary, 41.0);
            assertThat(firstRun.getCell(1).getStringCellValue()).isEqualTo("FAILED");
            assertThat(DateUtil.isCellDateFormatted(firstRun.getCell(2))).isTrue();
            assertThat(firstRun.getCell(2).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 1, 8, 0));
            assertThat(rowLabelled(summary, "Rows read").getCell(1).getNumericCellValue()).isEqualTo(11);
            assertThat(rowLabelled(summary, "Interview completed").getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(rowLabelled(summary, "Total").getCell(1).getNumericCellValue()).isEqualTo(8.5);
        }
    }

    @Test
    void candidatesHoldOneRowPerLedgerRowInInputOrderUnderAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet candidates = workbook.getSheet("Candidates");
            assertThat(candidates.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                assertThat(candidates.getRow(i + 1).getCell(0).getNumericCellValue())
                        .isEqualTo(rows.get(i).rowNumber());
            }
            assertThat(candidates.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Outcome");
            PaneInformation pane = candidates.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(candidates.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:U12");
            assertThat(candidates.getColumnWidth(CandidateColumn.AI_SUMMARY.ordinal()))
                    .isGreaterThan(candidates.getColumnWidth(CandidateColumn.ROW.ordinal()));
        }
    }

    @Test
    void candidatesShowOutcomeRecommendationScoreAndDates() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet candidates = workbook.getSheet("Candidates");
            assertThat(text(candidates, 5, CandidateColumn.OUTCOME)).isEqualTo("Recruiter review");
            assertThat(text(candidates, 6, CandidateColumn.OUTCOME)).isEqualTo("Not selected");
            assertThat(text(candidates, 6, CandidateColumn.RECOMMENDATION)).isEqualTo("Reject");
            assertThat(text(candidates, 7, CandidateColumn.OUTCOME)).isEqualTo("Invited, interview pending");
            assertThat(text(candidates, 8, CandidateColumn.OUTCOME)).isEqualTo("Pending screening");
            assertThat(text(candidates, 10, CandidateColumn.OUTCOME)).isEqualTo("Not screenable");
            assertThat(cell(candidates, 6, CandidateColumn.SCORE).getNumericCellValue()).isEqualTo(2.0);
            XSSFCell staged = cell(candidates, 1, CandidateColumn.STAGED_AT);
            assertThat(DateUtil.isCellDateFormatted(staged)).isTrue();
            assertThat(staged.getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 3, 1, 9, 0));
            assertThat(cell(candidates, 1, CandidateColumn.OUTCOME).getCellStyle().getFillForegroundColor())
                    .isNotEqualTo(cell(candidates, 2, CandidateColumn.OUTCOME).getCellStyle()
                            .getFillForegroundColor());
        }
    }

    @Test
    void rowsFirstExportedAfterThePreviousExportAreMarkedNew() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet candidates = workbook.getSheet("Candidates");
            assertThat(cell(candidates, 1, CandidateColumn.NEW)).isNull();
            assertThat(text(candidates, 2, CandidateColumn.NEW)).isEqualTo("yes");
        }
    }

    @Test
    void linksAreRealHyperlinksAndOnlyWebAddressesOpenFromACell() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet candidates = workbook.getSheet("Candidates");
            XSSFCell interview = cell(candidates, 1, CandidateColumn.INTERVIEW_LINK);
            assertThat(interview.getCellType()).isEqualTo(CellType.STRING);
            assertThat(interview.getHyperlink().getType()).isEqualTo(HyperlinkType.URL);
            assertThat(interview.getHyperlink().getAddress()).isEqualTo("https://app.jobmojito.com/interview/1");

            String base = "0001-anna-kowalska";
            XSSFCell transcript = cell(candidates, 1, CandidateColumn.TRANSCRIPT);
            assertThat(transcript.getHyperlink().getType()).isEqualTo(HyperlinkType.FILE);
            assertThat(transcript.getHyperlink().getAddress()).isEqualTo("transcripts/" + base + ".txt");
            assertThat(bundle.folder().resolve("transcripts/" + base + ".txt")).isRegularFile();
            XSSFCell report = cell(candidates, 1, CandidateColumn.REPORT);
            assertThat(report.getHyperlink().getAddress()).isEqualTo("reports/" + base + ".pdf");
            assertThat(bundle.folder().resolve("reports/" + base + ".pdf")).isRegularFile();

            XSSFCell script = cell(candidates, 7, CandidateColumn.INTERVIEW_LINK);
            assertThat(script.getStringCellValue()).isEqualTo("javascript:alert(1)");
            assertThat(script.getHyperlink()).isNull();
            assertThat(cell(candidates, 11, CandidateColumn.TRANSCRIPT)).isNull();
            assertThat(cell(candidates, 11, CandidateColumn.REPORT)).isNull();
        }
    }

    @Test
    void formulaLikeCandidateValuesArriveAsQuotedTextInTheWorkbookAndTheCsv() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet candidates = workbook.getSheet("Candidates");
            XSSFCell name = cell(candidates, 8, CandidateColumn.FIRST_NAME);
            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo("'" + FORMULA_NAME);
            assertThat(text(candidates, 8, CandidateColumn.LAST_NAME)).isEqualTo("'-2+3");
            assertThat(text(candidates, 8, CandidateColumn.EMAIL)).isEqualTo("'@SUM(1+1)");
            assertThat(text(candidates, 8, CandidateColumn.PHONE)).isEqualTo("+447700900123");
            for (Row row : candidates) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }

        List<String> lines = csvLines();
        String hostile = lines.stream().filter(l -> l.startsWith("8,")).findFirst().orElseThrow();
        assertThat(hostile).startsWith("8,\"'=HYPERLINK(\"\"http://example.com\"\")\",'-2+3,'@SUM(1+1),+447700900123,");
    }

    @Test
    void theCsvHasTheCandidateColumnsInUtf8WithByteOrderMarkAndCrlf() throws IOException {
        byte[] bytes = Files.readAllBytes(bundle.folder().resolve("results.csv"));
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String content = new String(bytes, StandardCharsets.UTF_8).substring(1);
        assertThat(content).startsWith(String.join(",", CandidateColumn.headers()) + "\r\n");
        assertThat(content.split("\r\n")).hasSize(rows.size() + 1);
        assertThat(content).contains("transcripts/0009-etc-пётр-иванов.txt", "2025-03-01 09:00:00");
    }

    @Test
    void theErrorsSheetListsOnlyRowsThatNeedAPersonAndErrors() throws IOException {
        try (XSSFWorkbook workbook = open()) {
            XSSFSheet errors = workbook.getSheet("Errors");
            List<Double> rowNumbers = new ArrayList<>();
            for (int i = 1; i <= errors.getLastRowNum(); i++) {
                rowNumbers.add(errors.getRow(i).getCell(0).getNumericCellValue());
            }
            assertThat(rowNumbers).containsExactly(2.0, 3.0, 4.0);
            assertThat(errors.getRow(1).getCell(3).getStringCellValue()).isEqualTo("email");
            assertThat(errors.getRow(1).getCell(5).getStringCellValue()).startsWith("Write the address");
            assertThat(errors.getRow(2).getCell(4).getStringCellValue()).isEqualTo("screening: HTTP 500 from the API");
            assertThat(errors.getRow(0).getCell(5).getStringCellValue()).isEqualTo("What to fix");
        }
    }

    @Test
    void transcriptsReadAsQuestionsAnswersFollowUpsAndHiringReasons() throws IOException {
        String text = Files.readString(bundle.folder().resolve("transcripts/0001-anna-kowalska.txt"));
        assertThat(text).contains("Candidate: Anna Kowalska", "Score: 7", "Duration: 21.0 minutes",
                "Q1. Tell us about a difficult customer.", "Answer: A customer lost data; I restored it from backup.",
                "    Follow-up: How long did the restore take?", "    Answer: About two hours.",
                "Q2. Why do you want this job?", "Answer score: 8", "AI analysis: Concrete and calm.",
                "Reasons to hire", "- Handles angry customers calmly", "Reasons not to hire");
        assertThat(bundle.folder().resolve("transcripts/0001-anna-kowalska.json"))
                .hasContent(InterviewDetailsSamples.json(1));
    }

    @Test
    void fileNamesMadeFromCandidateNamesAreSanitised() throws IOException {
        try (var files = Files.list(bundle.folder().resolve("transcripts"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("0001-anna-kowalska.txt", "0001-anna-kowalska.json",
                            "0009-etc-пётр-иванов.txt", "0009-etc-пётр-иванов.json");
        }
        assertThat(temp.resolve("etc")).doesNotExist();
    }

    @Test
    void theManifestListsEveryFileWithItsSizeAndSha256() throws IOException {
        JsonNode manifest = ApiJson.mapper().readTree(bundle.folder().resolve("manifest.json").toFile());
        assertThat(manifest.path("campaign").path("id").asString()).isEqualTo("spring-hiring");
        assertThat(manifest.path("sandbox").asBoolean()).isTrue();
        assertThat(manifest.path("rows").asInt()).isEqualTo(11);
        assertThat(manifest.path("runs")).hasSize(2);
        assertThat(manifest.path("outcomes").path("Invalid").asInt()).isEqualTo(1);
        assertThat(manifest.path("creditsTotal").asDouble()).isEqualTo(8.5);

        Set<String> listed = new HashSet<>();
        for (JsonNode file : manifest.path("files")) {
            Path path = bundle.folder().resolve(file.path("path").asString());
            listed.add(file.path("path").asString());
            assertThat(file.path("size").asLong()).isEqualTo(Files.size(path));
            assertThat(file.path("sha256").asString()).isEqualTo(OwnerOnlyFiles.sha256(path));
        }
        Set<String> present = new HashSet<>();
        for (Path file : OwnerOnlyFiles.files(bundle.folder())) {
            present.add(OwnerOnlyFiles.relativeName(file));
        }
        present.remove("manifest.json");
        assertThat(listed).isEqualTo(present).contains("results.xlsx", "results.csv",
                "reports/0009-etc-пётр-иванов.pdf");
    }

    @Test
    void theZipHoldsTheBundleFolder() throws IOException {
        try (ZipFile zip = new ZipFile(bundle.zip().toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("20250304-120000/results.xlsx", "20250304-120000/results.csv",
                    "20250304-120000/manifest.json", "20250304-120000/transcripts/0001-anna-kowalska.txt",
                    "20250304-120000/reports/0001-anna-kowalska.pdf");
            try (InputStream in = zip.getInputStream(zip.getEntry("20250304-120000/results.csv"))) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(bundle.folder().resolve("results.csv")));
            }
        }
    }

    @Test
    void onlyTheOwnerCanReadTheBundle() throws IOException {
        if (!bundle.folder().getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle.folder())))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                bundle.folder().resolve("results.xlsx")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                bundle.folder().resolve("transcripts/0001-anna-kowalska.txt")))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle.zip())))
                .isEqualTo("rw-------");
    }

    @Test
    void aSecondExportInTheSameSecondGetsItsOwnFolder() throws IOException {
        ExportRequest request = new ExportRequest("spring-hiring", "Spring hiring", false, List.of(),
                temp.resolve("exports"), null, null, null, null);
        Bundle second = new BundleWriter(Clock.fixed(NOW, ZoneOffset.UTC)).write(request, rows::forEach);
        assertThat(second.folder().getFileName().toString()).isEqualTo("20250304-120000-2");
        assertThat(bundle.folder().resolve("results.xlsx")).isRegularFile();
    }

    private XSSFWorkbook open() throws IOException {
        return new XSSFWorkbook(Files.newInputStream(bundle.folder().resolve("results.xlsx")));
    }

    private List<String> csvLines() throws IOException {
        return List.of(Files.readString(bundle.folder().resolve("results.csv"), Charset.forName("UTF-8"))
                .split("\r\n"));
    }

    private static XSSFCell cell(XSSFSheet sheet, int rowIndex, CandidateColumn column) {
        return sheet.getRow(rowIndex).getCell(column.ordinal());
    }

    private static String text(XSSFSheet sheet, int rowIndex, CandidateColumn column) {
        return cell(sheet, rowIndex, column).getStringCellValue();
    }

    private static List<String> labels(XSSFSheet sheet) {
        List<String> labels = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                labels.add(row.getCell(0).getStringCellValue());
            }
        }
        return labels;
    }

    private static XSSFRow rowLabelled(XSSFSheet sheet, Object label) {
        for (Row row : sheet) {
            XSSFCell first = (XSSFCell) row.getCell(0);
            if (first == null) {
                continue;
            }
            Object value = first.getCellType() == CellType.NUMERIC ? (Object) first.getNumericCellValue()
                    : first.getStringCellValue();
            if (value.equals(label)) {
                return (XSSFRow) row;
            }
        }
        throw new AssertionError("no row labelled " + label);
    }
}
