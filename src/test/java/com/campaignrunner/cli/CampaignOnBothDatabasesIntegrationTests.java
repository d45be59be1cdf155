package com.campaignrunner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign run twice from the command line, then its status and a fresh export, on the embedded H2 store and
 * on PostgreSQL: the same Flyway migrations and Spring Batch schema, the same exit codes, nothing sent twice.
 */
class CampaignOnBothDatabasesIntegrationTests {

    private static final String PASSWORD_ENV = PostgresTestDatabase.PASSWORD_VARIABLE;

    @TempDir
    Path work;

    @Test
    void aCampaignRunsTwiceAndIsReportedOnH2() throws Exception {
        runStatusAndExport("db-h2", List.of());
    }

    @Test
    void aCampaignRunsTwiceAndIsReportedOnPostgres() throws Exception {
        try (PostgresTestDatabase postgres = PostgresTestDatabase.create()) {
            runStatusAndExport("db-pg", List.of("--db-url", postgres.url(), "--db-user", postgres.user(),
                    "--db-password-env", PASSWORD_ENV));

            try (Connection connection = postgres.connect(); Statement sql = connection.createStatement()) {
                assertThat(count(sql, "select count(*) from ledger_row where campaign_id = 'db-pg'")).isEqualTo(6);
                assertThat(count(sql, "select count(*) from batch_job_execution where status = 'COMPLETED'"))
                        .isEqualTo(2);
                assertThat(count(sql, "select count(*) from flyway_schema_history where success")).isPositive();
            }
            assertThat(work.resolve("data").resolve("campaign-runner.mv.db")).doesNotExist();
        }
    }

    private void runStatusAndExport(String id, List<String> database) throws Exception {
        Path campaign = new TestCampaign(work, id).write();
        Path data = work.resolve("data");

        TestCampaign.Result first = command("run", campaign, data, database);
        TestCampaign.Result second = command("run", campaign, data, database);

        assertThat(first.code()).as(first.output()).isZero();
        assertThat(first.output()).contains("Rows per state", "Calls this run per endpoint", "Credits");
        assertThat(second.code()).as(second.output()).isZero();
        List<SandboxCall> calls = SandboxCallLedger.read(data.resolve("sandbox"));
        Map<String, Long> screenings = calls.stream()
                .filter(call -> call.endpoint().contains("pre-screening-api-resume") && call.performed())
                .collect(Collectors.groupingBy(SandboxCall::email, Collectors.counting()));
        assertThat(screenings).isNotEmpty();
        assertThat(screenings.values()).allMatch(count -> count == 1);

        TestCampaign.Result status = command("status", campaign, data, database);
        assertThat(status.code()).as(status.output()).isZero();
        assertThat(status.output()).contains("Campaign " + id + ": 6 rows");

        TestCampaign.Result export = command("export", campaign, data, database);
        assertThat(export.code()).as(export.output()).isZero();
        assertThat(export.output()).contains("Bundle written");
        List<Path> bundles = bundles(work.resolve("exports").resolve(id));
        assertThat(bundles).hasSize(3);
        Path latest = bundles.get(bundles.size() - 1);
        assertThat(Files.readString(latest.resolve("metrics.json"))).contains("\"campaign.rows\"");
        assertThat(Files.readString(latest.resolve("manifest.json"))).contains("\"metrics.json\"");
        assertThat(Files.readString(bundles.get(0).resolve("metrics.json"))).contains("\"jobmojito.calls\"",
                "\"spring.batch.step\"", "\"campaign.credits.spent\"");
    }

    private static TestCampaign.Result command(String command, Path campaign, Path data, List<String> database) {
        List<String> args = new ArrayList<>(List.of(command, campaign.toString(), "--data", data.toString()));
        args.addAll(database);
        return TestCampaign.cli(args.toArray(String[]::new));
    }

    private static List<Path> bundles(Path folder) throws Exception {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isDirectory).filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    private static long count(Statement sql, String query) throws Exception {
        try (ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
