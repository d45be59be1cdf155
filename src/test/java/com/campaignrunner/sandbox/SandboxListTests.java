package com.campaignrunner.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.CandidateRow;
import com.campaignrunner.api.InterviewCreateRequest;
import com.campaignrunner.api.InviteUsersRequest;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.PreScreeningPositionRequest;
import com.campaignrunner.api.RegisterUsersRequest;
import com.campaignrunner.api.ResultListQuery;
import com.campaignrunner.api.ResultRow;
import com.campaignrunner.api.ResumeTextRequest;
import com.campaignrunner.api.ScreeningAnswer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists a runner asks after a crash: the pre-screening results, one row per screened candidate, and the
 * candidate list with exact counts of screenings and interviews.
 */
class SandboxListTests {

    private static final String STRONG = "Senior engineer: Java, Spring, Kafka, Docker, PostgreSQL, AWS.";
    private static final String MIDDLING = "Engineer who used Java, Spring and Docker at a small shop.";
    private static final String WEAK = "Florist and gardener who enjoys arranging tulips.";

    @TempDir
    Path state;

    private SandboxServer sandbox;
    private JobMojitoClient client;

    @BeforeEach
    void start() {
        sandbox = SandboxServer.start(SandboxSettings.builder().fixedLatency(0).build(), state);
        client = new JobMojitoClient(new ApiSettings(sandbox.baseUrl(), "token", 2, 0,
                ApiSettings.RetrySettings.defaults(), Duration.ofSeconds(10)), null);
    }

    @AfterEach
    void stop() {
        client.close();
        sandbox.close();
    }

    @Test
    void everyPreScreenedCandidateHasOneRowInThePreScreeningResultsFilterableByEmail() {
        String position = position("Backend Engineer");
        Map<String, ScreeningAnswer> answers = Map.of(
                "strong@example.com", screen(position, "strong@example.com", STRONG),
                "middling@example.com", screen(position, "middling@example.com", MIDDLING),
                "weak@example.com", screen(position, "weak@example.com", WEAK));
        screen(position, "strong@example.com", STRONG);

        List<ResultRow> rows = client.allResults(query(null));
        List<ResultRow> strong = client.allResults(query("strong@example.com"));

        assertThat(rows).hasSize(3).allSatisfy(row -> {
            ScreeningAnswer answer = answers.get(row.candidateEmail());
            assertThat(row.positionStep()).isEqualTo("pre-screening");
            assertThat(row.decisionStatus()).isEqualTo(answer.decisionStatus());
            assertThat(row.score()).isEqualTo(answer.preScreeningScore());
            assertThat(row.profileInterviewId()).isEqualTo(answer.profileInterviewId());
            assertThat(row.externalId()).isEqualTo("x-" + row.candidateEmail());
            assertThat(row.interviewResultId()).isNull();
        });
        assertThat(rows).extracting(ResultRow::decisionStatus)
                .containsExactlyInAnyOrder("accepted", "recruiter_action", "rejected");
        assertThat(strong).singleElement().extracting(ResultRow::candidateEmail).isEqualTo("strong@example.com");
    }

    @Test
    void theCandidateListCountsEachCandidatesScreeningsAndInterviewsExactly() {
        String backend = position("Backend Engineer");
        String platform = position("Platform Engineer");
        String first = interview("Backend interview");
        String second = interview("Platform interview");
        screen(backend, "both@example.com", STRONG);
        screen(platform, "both@example.com", STRONG);
        screen(backend, "screened@example.com", MIDDLING);
        client.registerUsers(new RegisterUsersRequest(List.of(new RegisterUsersRequest.User("Both",
                "both@example.com", null)), first, false));
        client.registerUsers(new RegisterUsersRequest(List.of(new RegisterUsersRequest.User("Both",
                "both@example.com", null)), first, false));
        client.inviteUsers(new InviteUsersRequest(List.of(InviteUsersRequest.Invitee.candidate("both@example.com",
                "Both", second), InviteUsersRequest.Invitee.candidate("invited@example.com", "Invited", second)),
                null, null, null));

        Map<String, CandidateRow> candidates = client.allCandidates(null).stream()
                .collect(Collectors.toMap(CandidateRow::email, Function.identity()));

        assertThat(candidates).containsOnlyKeys("both@example.com", "screened@example.com", "invited@example.com");
        assertThat(counts(candidates.get("both@example.com"))).containsExactly(2, 2);
        assertThat(counts(candidates.get("screened@example.com"))).containsExactly(1, 0);
        assertThat(counts(candidates.get("invited@example.com"))).containsExactly(0, 1);
    }

    private static List<Integer> counts(CandidateRow row) {
        return List.of(row.preScreeningCount(), row.interviewCount());
    }

    private static ResultListQuery query(String filterText) {
        return new ResultListQuery(null, null, "pre-screening", filterText, null, 2, 0);
    }

    private String position(String name) {
        return client.createPreScreeningPosition(new PreScreeningPositionRequest(name, "Remote", "GB",
                "Java, Spring, Kafka, Docker, PostgreSQL and AWS", null, "en", "resume", "active")).positionDefSetId();
    }

    private String interview(String name) {
        return client.createInterview(new InterviewCreateRequest(name, "Remote",
                "7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37", "en", "active", "interview", "merchant_invite", null, null,
                null, null, null)).interviewDefSetId();
    }

    private ScreeningAnswer screen(String position, String email, String resume) {
        return client.screenResumeText(new ResumeTextRequest(position, "Candidate", email, "GB", resume, "x-" + email,
                null));
    }
}
