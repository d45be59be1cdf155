package com.campaignrunner.actions;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.job.TestCampaign;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The campaign actions against the sandbox, on one campaign that has run and collected its interviews. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CampaignActionsTests {

    private static final String EMILY = "emily.clarke@example.com";

    @TempDir
    static Path folder;

    private static TestCampaign campaign;

    @BeforeAll
    static void runTheCampaign() {
        campaign = TestCampaign.in(folder, "actions").write();
        TestCampaign.Result run = campaign.run();
        assertThat(run.code()).as(run.output()).isZero();
        assertThat(campaign.statesByEmail()).containsEntry(EMILY, "COLLECTED");
    }

    @Test
    @Order(1)
    void everyActionExplainsItselfWithHelp() {
        for (String command : List.of("reissue-link", "another-attempt", "close", "report")) {
            TestCampaign.Result help = campaign.command(command, "--help");

            assertThat(help.code()).isZero();
            assertThat(help.output()).contains("Usage: ").contains(command + " <campaign-file>")
                    .contains("Exit codes", "--db-url");
        }
    }

    @Test
    @Order(2)
    void reissueLinkPrintsAFreshInterviewLink() {
        TestCampaign.Result result = campaign.command("reissue-link", EMILY);

        assertThat(result.code()).as(result.output()).isZero();
        assertThat(result.output().lines().filter(line -> line.startsWith("http://127.0.0.1:")))
                .singleElement().asString().contains("interview_token=");
        assertThat(successes("/job-interview-token")).isEqualTo(1);
    }

    @Test
    @Order(3)
    void reportsAreWrittenAsPdfHtmlAndTranslatedJson() throws Exception {
        TestCampaign.Result pdf = campaign.command("report", "--format", "pdf");
        TestCampaign.Result html = campaign.command("report", "--format", "html");
        TestCampaign.Result json = campaign.command("report", "--format", "json", "--language", "de");

        assertThat(List.of(pdf.code(), html.code(), json.code())).containsOnly(0);
        Path reports = campaign.exports().resolve("actions").resolve("reports");
        List<Path> pdfs = files(reports.resolve("pdf"));
        assertThat(pdfs).hasSize(campaign.emails().size());
        assertThat(new String(Files.readAllBytes(pdfs.get(0)), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(Files.readString(files(reports.resolve("html")).get(0))).contains("<html");
        assertThat(JsonMapper.builder().build().readTree(files(reports.resolve("json-de")).get(0).toFile())
                .path("results")).isNotEmpty();
        double translations = calls().stream().filter(call -> call.endpoint().equals("/job-interview-pdf"))
                .mapToDouble(SandboxCall::credits).sum();
        assertThat(translations).isCloseTo(0.1 * campaign.emails().size(), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    @Order(4)
    void anotherAttemptReopensASubmittedInterviewAndTheNextRunCollectsItAgain() {
        TestCampaign.Result granted = campaign.command("another-attempt", "--emails", EMILY);

        assertThat(granted.code()).as(granted.output()).isZero();
        assertThat(granted.output()).contains("another attempt granted");
        assertThat(campaign.statesByEmail()).containsEntry(EMILY, "REGISTERED");
        assertThat(successes("/job-interview-result-request-another-attempt")).isEqualTo(1);

        TestCampaign.Result rerun = campaign.run();

        assertThat(rerun.code()).as(rerun.output()).isZero();
        assertThat(campaign.statesByEmail()).containsEntry(EMILY, "COLLECTED");
    }

    @Test
    @Order(5)
    void anotherAttemptForAbandonedInterviewsIsRefusedWithTheReason() {
        TestCampaign.Result refused = campaign.command("another-attempt", "--rule", "abandoned");

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.output()).contains("only to submitted interviews").contains("reissue-link");
    }

    @Test
    @Order(6)
    void statusShowsWhatTheSandboxBilledBesideWhatTheLedgerAccountsFor() {
        TestCampaign.Result status = campaign.command("status");

        assertThat(status.code()).as(status.output()).isZero();
        assertThat(status.output()).contains("billed by the sandbox", "accounted for by the runner's ledger",
                "/job-interview-pre-screening-api-resume-text", "interview-completed");
    }

    @Test
    @Order(7)
    void closeCompletesTheInterview() {
        TestCampaign.Result closed = campaign.command("close");

        assertThat(closed.code()).as(closed.output()).isZero();
        assertThat(closed.output()).contains("is now completed");
        assertThat(successes("/job-interview-set-state")).isGreaterThanOrEqualTo(2);
        long links = successes("/job-interview-token");

        TestCampaign.Result reissued = campaign.command("reissue-link", campaign.emails().get(0));

        assertThat(reissued.code()).isEqualTo(1);
        assertThat(reissued.output()).contains("was closed");
        assertThat(successes("/job-interview-token")).isEqualTo(links);
    }

    private static List<SandboxCall> calls() {
        return SandboxCallLedger.read(campaign.data().resolve("sandbox"));
    }

    private static long successes(String endpoint) {
        return calls().stream().filter(call -> call.endpoint().equals(endpoint)).filter(SandboxCall::succeeded)
                .count();
    }

    private static List<Path> files(Path folder) throws java.io.IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
