package com.campaignrunner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every command answers --help, refuses what it does not know with exit code 2, and reads campaigns one way. */
class CommandLineTests {

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "status", "export", "serve", "reissue-link", "another-attempt",
        "close", "report"})
    void everyCommandAnswersHelpWithItsUsageAndOptions(String command) {
        TestCampaign.Result result = TestCampaign.cli(command, "--help");

        assertThat(result.code()).isZero();
        assertThat(result.output()).startsWith("Usage: java -jar campaign-runner.jar " + command)
                .contains("--help").contains("--log-format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "status", "export", "serve", "reissue-link", "another-attempt",
        "close", "report"})
    void anUnknownOptionIsABadUsageNamingTheOption(String command) {
        TestCampaign.Result result = TestCampaign.cli(command, "jobs/sample-campaign.yml", "--colour", "blue");

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("Unknown option --colour");
    }

    @Test
    void theCommandListNamesEveryCommandAndAnUnknownCommandIsABadUsage() {
        assertThat(TestCampaign.cli("--help").output()).contains("run <campaign-file>", "validate", "status",
                "export", "serve", "sandbox");
        assertThat(TestCampaign.cli("launch").code()).isEqualTo(2);
        assertThat(TestCampaign.cli().code()).isEqualTo(2);
    }

    @Test
    void anOptionWithoutItsValueOrABadLogFormatIsABadUsage() {
        assertThat(TestCampaign.cli("status", "jobs/sample-campaign.yml", "--data").output())
                .contains("--data needs a value");
        TestCampaign.Result format = TestCampaign.cli("validate", "jobs/sample-campaign.yml", "--log-format", "xml");
        assertThat(format.code()).isEqualTo(2);
        assertThat(format.output()).contains("--log-format is text or json");
    }

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "status", "export"})
    void aWrongCampaignFileIsReportedWithTheLineTheFieldAndWhatIsAllowed(String command) throws Exception {
        Path campaign = new TestCampaign(work, "wrong-file").write();
        Files.writeString(campaign, Files.readString(campaign).replace("  concurrency: 4", "  concurrency: many"));

        TestCampaign.Result result = command.equals("validate") ? TestCampaign.cli(command, campaign.toString())
                : TestCampaign.cli(command, campaign.toString(), "--data", work.resolve("data").toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("line 19, field api.concurrency", "must be a number between 1 and 256",
                "'many'");
    }

    @Test
    void aScheduleThatIsNotACronExpressionIsReportedWithItsLine() throws Exception {
        Path campaign = new TestCampaign(work, "bad-schedule").schedule("every five minutes").write();

        TestCampaign.Result result = TestCampaign.cli("validate", campaign.toString());

        assertThat(result.code()).isEqualTo(2);
        assertThat(result.output()).contains("line 2, field schedule", "cron expression with seconds");
    }

    @Test
    void validateChecksEveryRowCallsNothingAndExitsZeroWhenAllAreValid() throws Exception {
        Path campaign = new TestCampaign(work, "all-valid").rows(5).write();
        Path report = work.resolve("report.csv");

        TestCampaign.Result result = TestCampaign.cli("validate", campaign.toString(), "--report", report.toString());

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output()).contains("5 rows checked, 5 valid, 0 invalid");
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).contains("Row,Verdict,Name,Email");
        assertThat(lines.subList(1, 6)).allMatch(line -> line.contains(",valid,"));
        assertThat(work.resolve("data")).doesNotExist();
        assertThat(work.resolve("exports")).doesNotExist();
    }

    @Test
    void validateExitsThreeWhenSomeRowsAreInvalidAndReportsWhyAndHowToFix() throws Exception {
        Path campaign = new TestCampaign(work, "sample-rows").rows(100).write();
        Path report = work.resolve("report.csv");

        TestCampaign.Result result = TestCampaign.cli("validate", campaign.toString(), "--report", report.toString());

        assertThat(result.code()).as(result.output()).isEqualTo(3);
        assertThat(result.output()).containsPattern("\\d+ rows checked, \\d+ valid, [1-9]\\d* invalid");
        String text = Files.readString(report);
        assertThat(text).contains(",invalid,").contains("duplicate of row");
    }
}
