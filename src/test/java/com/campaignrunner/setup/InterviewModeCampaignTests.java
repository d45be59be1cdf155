package com.campaignrunner.setup;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.job.TestCampaign;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three ways a campaign's interview comes to exist, and knowledge base documents uploaded for it. */
class InterviewModeCampaignTests {

    private static final String TEMPLATE = "7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37";

    @TempDir
    Path folder;

    @Test
    void aFromQuestionsCampaignAsksTheCampaignsOwnQuestions() throws IOException {
        TestCampaign campaign = TestCampaign.in(folder, "own-questions").interview("""
                  template-id: %s
                  mode: from-questions
                  questions:
                    - Tell us about the payment outage you are proudest of fixing.
                    - How would you explain idempotent consumers to a new colleague?
                """.formatted(TEMPLATE)).write();

        TestCampaign.Result run = campaign.run();

        assertThat(run.code()).as(run.output()).isZero();
        Map<String, Long> calls = callsPerEndpoint(campaign);
        assertThat(calls).containsEntry("/job-interview-create-from-array", 1L)
                .doesNotContainKey("/job-interview-create");
        Path transcript = collected(campaign).stream().filter(file -> file.toString().endsWith(".json"))
                .findFirst().orElseThrow();
        assertThat(Files.readString(transcript)).contains("payment outage you are proudest of fixing");
    }

    @Test
    void aPerCandidateCampaignScreensAndLinksEachCandidateInOneCallAndRegistersNobody() {
        TestCampaign campaign = TestCampaign.in(folder, "per-candidate").interview("""
                  mode: per-candidate
                """).write();

        TestCampaign.Result first = campaign.run();
        TestCampaign.Result second = campaign.run();

        assertThat(first.code()).as(first.output()).isZero();
        assertThat(second.code()).as(second.output()).isZero();
        Map<String, Long> calls = callsPerEndpoint(campaign);
        assertThat(calls).containsEntry("/job-interview-create-for-candidate-with-token",
                (long) campaign.emails().size());
        assertThat(calls).doesNotContainKeys("/job-interview-register-users", "/job-interview-create",
                "/job-interview-pre-screening-api-resume-text", "/job-interview-pre-screening-api-resume-binary");
        Map<String, String> states = campaign.statesByEmail();
        Map<String, String> links = campaign.column("interview_url");
        Map<String, String> recommendations = campaign.column("recommendation");
        states.forEach((email, state) -> {
            if ("ai_reject".equals(recommendations.get(email))) {
                assertThat(state).isEqualTo("NOT_SELECTED");
            } else {
                assertThat(state).as(email).isEqualTo("COLLECTED");
                assertThat(links.get(email)).startsWith("http://127.0.0.1:");
            }
        });
        assertThat(recommendations.values()).doesNotContainNull();
    }

    @Test
    void aPerCandidateCallWhoseAnswerWasLostIsResolvedWithoutScreeningTwice() {
        TestCampaign campaign = TestCampaign.in(folder, "per-candidate-doubt").interview("""
                  mode: per-candidate
                """).sandbox("""
                  drop-rate: 0.3
                  seed: 11
                """).write();

        TestCampaign.Result lossy = campaign.run();
        campaign.sandbox("").write();
        TestCampaign.Result calm = campaign.run();

        assertThat(lossy.code()).as(lossy.output()).isIn(0, 3);
        assertThat(calm.code()).as(calm.output()).isZero();
        List<SandboxCall> calls = SandboxCallLedger.read(campaign.data().resolve("sandbox"));
        assertThat(calls).anyMatch(call -> "drop".equals(call.fault())
                && call.endpoint().equals("/job-interview-create-for-candidate-with-token"));
        assertThat(SandboxCallLedger.read(campaign.data().resolve("sandbox")).stream()
                .filter(call -> call.endpoint().equals("/job-interview-create-for-candidate-with-token"))
                .filter(call -> call.performed() && call.credits() > 0)
                .collect(Collectors.groupingBy(SandboxCall::email, Collectors.counting())))
                .containsOnlyKeys(campaign.emails()).allSatisfy((email, count) -> assertThat(count).isEqualTo(1));
        assertThat(campaign.statesByEmail().values()).doesNotContain("ERROR", "SCREENING");
    }

    @Test
    void knowledgeBaseDocumentsAreUploadedOnceAcrossRuns() throws IOException {
        Files.writeString(folder.resolve("payments-handbook.md"), "# How we settle card payments\n");
        Files.writeString(folder.resolve("on-call.txt"), "Who is woken up, and when.\n");
        TestCampaign campaign = TestCampaign.in(folder, "knowledge").interview("""
                  template-id: %s
                  interview-type: process-verification-from-knowledge-base
                  knowledge-base:
                    store-id: 2b1e9c44-5d6f-4a7b-8c9d-0e1f2a3b4c5d
                    documents: [payments-handbook.md, on-call.txt]
                """.formatted(TEMPLATE)).write();

        TestCampaign.Result first = campaign.run();
        TestCampaign.Result second = campaign.run();

        assertThat(first.code()).as(first.output()).isZero();
        assertThat(second.code()).as(second.output()).isZero();
        assertThat(callsPerEndpoint(campaign)).containsEntry("/knowledge-base-document-upload", 2L);
        assertThat(campaign.resourceKeys()).filteredOn(key -> key.startsWith("knowledge-document:"))
                .hasSize(2).anySatisfy(key -> assertThat(key).startsWith("knowledge-document:on-call.txt:"));
    }

    private static Map<String, Long> callsPerEndpoint(TestCampaign campaign) {
        return SandboxCallLedger.read(campaign.data().resolve("sandbox")).stream()
                .filter(call -> !call.method().equals("EVENT"))
                .collect(Collectors.groupingBy(SandboxCall::endpoint, Collectors.counting()));
    }

    private static List<Path> collected(TestCampaign campaign) throws IOException {
        try (Stream<Path> files = Files.list(campaign.data().resolve("campaigns").resolve(campaign.id())
                .resolve("collected"))) {
            return files.sorted().toList();
        }
    }
}
