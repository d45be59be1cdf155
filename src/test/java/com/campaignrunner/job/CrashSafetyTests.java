package com.campaignrunner.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.sandbox.SandboxSettings;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What must hold whatever moment a run is stopped at: nothing is sent twice and nothing needs a person. */
class CrashSafetyTests {

    @TempDir
    Path work;

    @Test
    void aRefusedTokenStopsTheRunAfterOneCall() throws Exception {
        Path sandboxState = work.resolve("sandbox");
        try (SandboxServer sandbox = SandboxServer.start(SandboxSettings.defaults().toBuilder().fixedLatency(0)
                .acceptedToken("the-right-token").build(), sandboxState)) {
            Files.writeString(work.resolve("token.txt"), "a-token-the-api-refuses\n");
            CampaignFixture campaign = CampaignFixture.sample(work, "refused-token", "candidates.csv",
                    "  base-url: " + sandbox.baseUrl() + "\n  token-file: token.txt\n");

            CampaignFixture.Result result = campaign.run();

            assertThat(result.code()).as(result.output()).isEqualTo(CampaignRun.FAILED);
            assertThat(result.output()).contains("refused the token").doesNotContain("a-token-the-api-refuses");
            assertThat(SandboxCallLedger.read(sandboxState)).hasSize(1);
        }
    }

    @Test
    void rowsLeftInFlightByACrashAreResolvedWithoutASecondCall() throws Exception {
        CampaignFixture campaign = CampaignFixture.sample(work, "crash-between-call-and-commit", "candidates.csv",
                null);
        assertThat(campaign.run().code()).isZero();
        List<Integer> screening;
        List<Integer> registering;
        try (Connection ledger = campaign.ledger()) {
            // As if the process died after each call went out and before its answer was committed.
            screening = rows(ledger, campaign.id, "NOT_SELECTED", 2);
            registering = rows(ledger, campaign.id, "COLLECTED", 2);
            update(ledger, "update ledger_row set state = 'SCREENING', recommendation = null, score = null "
                    + "where campaign_id = ? and row_number in (" + join(screening) + ")", campaign.id);
            update(ledger, "update ledger_row set state = 'REGISTERING', interview_url = null "
                    + "where campaign_id = ? and row_number in (" + join(registering) + ")", campaign.id);
        }
        List<SandboxCall> before = SandboxCallLedger.read(campaign.data.resolve("sandbox"));

        CampaignFixture.Result second = campaign.run();

        assertThat(second.code()).as(second.output()).isZero();
        List<SandboxCall> after = SandboxCallLedger.read(campaign.data.resolve("sandbox"));
        assertThat(perEmail(after, "pre-screening-api-resume")).allSatisfy((email, count) -> assertThat(count)
                .as(email).isEqualTo(1));
        assertThat(registeredPerEmail(after)).allSatisfy((email, count) -> assertThat(count).as(email)
                .isEqualTo(1));
        assertThat(newCalls(before, after, "/job-interview-token")).isGreaterThanOrEqualTo(registering.size());
        try (Connection ledger = campaign.ledger()) {
            for (int row : screening) {
                assertThat(state(ledger, campaign.id, row)).isEqualTo("NOT_SELECTED");
            }
            for (int row : registering) {
                assertThat(state(ledger, campaign.id, row)).isIn("REGISTERED", "COLLECTED", "COMPLETED");
            }
        }
    }

    @Test
    void aSecondRunnerIsRefusedNamingTheProcessAndHostThatHoldTheCampaign() throws Exception {
        CampaignFixture campaign = CampaignFixture.sample(work, "two-runners", "candidates.csv", null);
        assertThat(campaign.run().code()).isZero();
        Process otherRunner = new ProcessBuilder("sleep", "60").start();
        try (Connection ledger = campaign.ledger()) {
            try (PreparedStatement insert = ledger.prepareStatement("insert into campaign_lock (campaign_id, "
                    + "holder, heartbeat_at) values (?, ?, ?)")) {
                insert.setString(1, campaign.id);
                insert.setString(2, otherRunner.pid() + "@" + InetAddress.getLocalHost().getHostName());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }

            CampaignFixture.Result refused = campaign.run();

            assertThat(refused.code()).isEqualTo(CampaignRun.FAILED);
            assertThat(refused.output()).contains("process " + otherRunner.pid()).contains("on host");
        } finally {
            otherRunner.destroyForcibly().waitFor();
        }

        CampaignFixture.Result afterTheOtherDied = campaign.run();

        assertThat(afterTheOtherDied.code()).as(afterTheOtherDied.output()).isZero();
    }

    private static List<Integer> rows(Connection ledger, String campaign, String state, int limit)
            throws Exception {
        List<Integer> rows = new ArrayList<>();
        try (PreparedStatement query = ledger.prepareStatement("select row_number from ledger_row where "
                + "campaign_id = ? and state = ? order by row_number")) {
            query.setString(1, campaign);
            query.setString(2, state);
            try (ResultSet result = query.executeQuery()) {
                while (result.next() && rows.size() < limit) {
                    rows.add(result.getInt(1));
                }
            }
        }
        assertThat(rows).as("rows in state " + state).hasSize(limit);
        return rows;
    }

    private static void update(Connection ledger, String sql, String campaign) throws Exception {
        try (PreparedStatement update = ledger.prepareStatement(sql)) {
            update.setString(1, campaign);
            update.executeUpdate();
        }
    }

    private static String state(Connection ledger, String campaign, int row) throws Exception {
        try (PreparedStatement query = ledger.prepareStatement("select state from ledger_row where campaign_id = ? "
                + "and row_number = ?")) {
            query.setString(1, campaign);
            query.setInt(2, row);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static String join(List<Integer> rows) {
        return rows.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static Map<String, Long> perEmail(List<SandboxCall> calls, String endpointPart) {
        return calls.stream()
                .filter(call -> call.endpoint().contains(endpointPart))
                .filter(call -> call.performed() && call.credits() > 0)
                .collect(Collectors.groupingBy(SandboxCall::email, Collectors.counting()));
    }

    static Map<String, Long> registeredPerEmail(List<SandboxCall> calls) {
        return calls.stream()
                .filter(call -> call.endpoint().equals("/job-interview-register-users")
                        || call.endpoint().equals("/invite-users"))
                .filter(SandboxCall::performed)
                .flatMap(call -> call.succeededRows().stream())
                .collect(Collectors.groupingBy(email -> email.toLowerCase(java.util.Locale.ROOT),
                        Collectors.counting()));
    }

    private static long newCalls(List<SandboxCall> before, List<SandboxCall> after, String endpoint) {
        return after.stream().filter(call -> call.endpoint().equals(endpoint)).count()
                - before.stream().filter(call -> call.endpoint().equals(endpoint)).count();
    }
}
