package com.campaignrunner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code serve} in-process on a free port: a sandbox campaign on a schedule of a few seconds runs again and
 * again, its metrics show on the Prometheus endpoint, and a webhook delivered twice changes the ledger once.
 */
class ServeIntegrationTests {

    private static final String SECRET = "webhook-secret-for-tests";
    private static final Pattern COMPLETED_RUNS = Pattern.compile(
            "campaign_runs_total\\{campaign=\"served\",result=\"completed\"} ([0-9.]+)");

    @TempDir
    Path work;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void serveRunsAScheduledCampaignShowsItsMetricsAndRecordsARepeatedWebhookOnce() throws Exception {
        Path jobs = work.resolve("jobs");
        // Every candidate stays in the interview for an hour, so registered rows wait for the webhook.
        new TestCampaign(jobs, "served").rows(4).schedule("*/3 * * * * *").collectionWaitSeconds(0)
                .sandbox("ai-latency-ms: 5..15", "complete-share: 0", "abandon-share: 0", "fail-share: 0",
                        "late-completion-seconds: 3600").write();
        ServeCommand.Settings settings = new ServeCommand.Settings(jobs, work.resolve("data"),
                DatabaseSettings.fromEnvironment(), false, 0, "127.0.0.1", "X-Webhook-Secret", SECRET);

        try (ServeCommand.Server server = ServeCommand.Server.start(settings)) {
            String base = "http://127.0.0.1:" + server.port();
            assertThat(server.campaigns()).containsExactly("served");

            String metrics = waitForCompletedRuns(base, 2, Duration.ofSeconds(45));
            assertThat(metrics).contains("spring_batch_job_seconds_count", "spring_batch_step_seconds_count",
                    "jobmojito_calls_seconds_count{endpoint=\"/job-interview-register-users\"",
                    "campaign_rows{campaign=\"served\",state=\"REGISTERED\"}");
            HttpResponse<String> health = get(base + "/actuator/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");

            JdbcTemplate ledger = new JdbcTemplate(server.context().getBean(DataSource.class));
            Map<String, Object> row = ledger.queryForList("select row_number, external_id from ledger_row where "
                    + "campaign_id = 'served' and state = 'REGISTERED' order by row_number").get(0);
            String payload = """
                    {"id": "result-of-row-%s", "interview_id": "definition", "question_set_id": "definition",
                     "status": "draft", "interview_status": "abandoned", "processing_status": null,
                     "profile_interview_id": null, "profile_id": null, "score": null,
                     "ai_analysis_recruiter_score": null, "ai_analysis": null, "ai_analysis_recruiter": null,
                     "recruiter_go_next_round": null, "candidate_external_id": "%s"}
                    """.formatted(row.get("row_number"), row.get("external_id"));

            assertThat(post(base, payload, null).statusCode()).isEqualTo(401);
            assertThat(post(base, payload, "not-the-secret").statusCode()).isEqualTo(401);
            assertThat(state(ledger, row)).isEqualTo("REGISTERED");

            HttpResponse<String> first = post(base, payload, SECRET);
            Object updatedAfterFirst = column(ledger, row, "updated_at");
            HttpResponse<String> second = post(base, payload, SECRET);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(first.body()).contains("recorded");
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).contains("no_change");
            assertThat(state(ledger, row)).isEqualTo("ABANDONED");
            assertThat(column(ledger, row, "interview_result_id")).isEqualTo("result-of-row-" + row.get(
                    "row_number"));
            assertThat(column(ledger, row, "updated_at")).isEqualTo(updatedAfterFirst);
        }
    }

    private String waitForCompletedRuns(String base, int runs, Duration patience) throws Exception {
        Instant deadline = Instant.now().plus(patience);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = get(base + "/actuator/prometheus");
            body = response.body();
            Matcher completed = COMPLETED_RUNS.matcher(body);
            if (response.statusCode() == 200 && completed.find() && Double.parseDouble(completed.group(1)) >= runs) {
                return body;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Fewer than " + runs + " completed runs within " + patience + ":\n" + body);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String base, String payload, String secret) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/webhooks/jobmojito"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload));
        if (secret != null) {
            request.header("X-Webhook-Secret", secret);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String state(JdbcTemplate ledger, Map<String, Object> row) {
        return (String) column(ledger, row, "state");
    }

    private static Object column(JdbcTemplate ledger, Map<String, Object> row, String column) {
        return ledger.queryForObject("select " + column + " from ledger_row where campaign_id = 'served' and "
                + "row_number = ?", Object.class, row.get("row_number"));
    }
}
