package com.campaignrunner.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.cli.CampaignRunnerCli;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the sample campaign end to end against the sandbox, twice, as a user would from the command line, and
 * checks the ledger's outcome through the bundle and the sandbox's own record of the calls it received.
 */
class SampleCampaignIntegrationTests {

    @TempDir
    Path work;

    @Test
    void sampleCampaignRunsEndToEndAndASecondRunSendsNothingTwice() throws Exception {
        Path campaign = campaignFile("candidates.xlsx", "it-sample");
        Path data = work.resolve("data");

        Result first = run(campaign, data);

        assertThat(first.code).as(first.output).isZero();
        Path firstBundle = latestBundle("it-sample");
        int sampleRows = dataRows(Path.of("sample-data", "candidates.xlsx"));
        List<List<String>> candidates = candidateSheet(firstBundle.resolve("results.xlsx"));
        assertThat(candidates).hasSize(sampleRows);
        assertThat(candidates).anySatisfy(row -> assertThat(String.join("|", row)).containsIgnoringCase(
                "duplicate of row"));
        assertThat(candidates).anySatisfy(row -> assertThat(String.join("|", row)).containsIgnoringCase(
                "email"));
        List<Path> reports = files(firstBundle.resolve("reports"), ".pdf");
        List<Path> transcripts = files(firstBundle.resolve("transcripts"), ".txt");
        assertThat(reports).isNotEmpty();
        assertThat(transcripts).hasSameSizeAs(reports);
        assertThat(textOf(reports.get(0))).isNotBlank();
        assertThat(firstBundle.resolve("results.csv")).exists();
        assertThat(firstBundle.resolve("manifest.json")).exists();

        List<SandboxCall> callsAfterFirst = SandboxCallLedger.read(data.resolve("sandbox"));
        Map<String, Long> perEndpoint = countByEndpoint(callsAfterFirst);
        assertThat(perEndpoint.get("/pre-screening-create")).isEqualTo(1);
        assertThat(perEndpoint.get("/job-interview-create")).isEqualTo(1);
        assertThat(perEndpoint.get("/job-interview-register-users")).isPositive();
        assertThat(perEndpoint.getOrDefault("/job-interview-pre-screening-api-resume-text", 0L)
                + perEndpoint.getOrDefault("/job-interview-pre-screening-api-resume-binary", 0L))
                .isGreaterThan(sampleRows / 2);

        // The late candidates finish 15 s after they were registered: after the first run, before the second.
        Thread.sleep(13_000);
        Result second = run(campaign, data);

        assertThat(second.code).as(second.output).isZero();
        List<SandboxCall> allCalls = SandboxCallLedger.read(data.resolve("sandbox"));
        assertThat(screeningsPerEmail(allCalls).values()).allMatch(count -> count == 1);
        assertThat(registrationsPerEmail(allCalls).values()).allMatch(count -> count == 1);
        assertThat(countByEndpoint(allCalls).get("/pre-screening-create")).isEqualTo(1);
        assertThat(countByEndpoint(allCalls).get("/job-interview-create")).isEqualTo(1);
        Path secondBundle = latestBundle("it-sample");
        assertThat(secondBundle).isNotEqualTo(firstBundle);
        assertThat(files(secondBundle.resolve("reports"), ".pdf").size()).isGreaterThan(reports.size());
    }

    @Test
    void theCsvTwinGivesTheSameRowsAsTheWorkbook() throws Exception {
        Path campaign = campaignFile("candidates.csv", "it-sample-csv");

        Result result = run(campaign, work.resolve("data"));

        assertThat(result.code).as(result.output).isZero();
        List<List<String>> candidates = candidateSheet(latestBundle("it-sample-csv").resolve("results.xlsx"));
        assertThat(candidates).hasSize(dataRows(Path.of("sample-data", "candidates.xlsx")));
    }

    private Path campaignFile(String candidates, String id) throws IOException {
        Path sample = Path.of("sample-data").toAbsolutePath();
        String yaml = Files.readString(Path.of("jobs", "sample-campaign.yml"))
                .replace("campaign: sample-campaign", "campaign: " + id)
                .replace("../sample-data/candidates.xlsx", sample.resolve(candidates).toString())
                .replace("  sheet: Candidates\n", candidates.endsWith(".csv") ? "" : "  sheet: Candidates\n")
                .replace("../sample-data/resumes", sample.resolve("resumes").toString())
                .replace("folder: ../exports", "folder: " + work.resolve("exports"))
                .replace("wait-seconds: 8", "wait-seconds: 4")
                .replace("ai-latency-ms: 200..500", "ai-latency-ms: 20..60")
                .replace("completion-delay-ms: 1000..5000", "completion-delay-ms: 300..1500")
                .replace("late-completion-seconds: 40", "late-completion-seconds: 15");
        Path file = work.resolve(id + ".yml");
        Files.writeString(file, yaml);
        return file;
    }

    private record Result(int code, String output) {
    }

    private static Result run(Path campaign, Path data) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code = CampaignRunnerCli.execute(new String[] {"run", campaign.toString(), "--data", data.toString()},
                stream, stream);
        return new Result(code, buffer.toString(StandardCharsets.UTF_8));
    }

    private Path latestBundle(String campaignId) throws IOException {
        try (Stream<Path> bundles = Files.list(work.resolve("exports").resolve(campaignId))) {
            return bundles.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
        }
    }

    private static int dataRows(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            int rows = 0;
            Sheet sheet = book.getSheet("Candidates");
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getPhysicalNumberOfCells() > 0 && !blank(row)) {
                    rows++;
                }
            }
            return rows;
        }
    }

    private static boolean blank(Row row) {
        for (var cell : row) {
            if (!cell.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static List<List<String>> candidateSheet(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Candidates");
            List<List<String>> rows = new java.util.ArrayList<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                List<String> cells = new java.util.ArrayList<>();
                row.forEach(cell -> cells.add(cell.toString()));
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static Map<String, Long> countByEndpoint(List<SandboxCall> calls) {
        return calls.stream().collect(Collectors.groupingBy(SandboxCall::endpoint, Collectors.counting()));
    }

    private static Map<String, Long> screeningsPerEmail(List<SandboxCall> calls) {
        return calls.stream()
                .filter(call -> call.endpoint().contains("pre-screening-api-resume"))
                .filter(call -> call.performed() && call.credits() > 0)
                .collect(Collectors.groupingBy(SandboxCall::email, Collectors.counting()));
    }

    private static Map<String, Long> registrationsPerEmail(List<SandboxCall> calls) {
        return calls.stream()
                .filter(call -> call.endpoint().equals("/job-interview-register-users"))
                .filter(SandboxCall::performed)
                .flatMap(call -> call.succeededRows().stream())
                .collect(Collectors.groupingBy(email -> email.toLowerCase(java.util.Locale.ROOT),
                        Collectors.counting()));
    }
}
