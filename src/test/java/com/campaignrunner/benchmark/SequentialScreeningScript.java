package com.campaignrunner.benchmark;

import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.sandbox.SandboxSettings;
import java.io.BufferedReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The obvious alternative to the runner: the loop a quick script would be, one pre-screening call after another
 * over the CSV, with no ledger, no retries and no concurrency. It runs against its own sandbox with the same
 * latency, so the two are compared on the API's terms.
 */
final class SequentialScreeningScript {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SequentialScreeningScript() {
    }

    /** How long the loop took over {@code rows} rows and how many answers were 200. */
    record Timing(int rows, int ok, Duration elapsed) {
    }

    static Timing run(Path candidatesCsv, Path resumeFolder, Path stateFolder, long latencyMillis, int rows)
            throws Exception {
        SandboxSettings settings = SandboxSettings.builder().port(0).fixedLatency(latencyMillis).build();
        HttpClient http = HttpClient.newHttpClient();
        try (SandboxServer sandbox = SandboxServer.start(settings, stateFolder)) {
            String base = sandbox.baseUrl();
            JsonNode position = post(http, base + "/pre-screening-create", Map.of(
                    "position_name", "Backend Engineer", "position_location", "Remote (Europe)",
                    "position_country_code", "GB", "mojito_language_code", "en",
                    "position_description", CandidateFiles.POSITION_DESCRIPTION));
            String positionId = position.path("position_def_set_id").asString();

            int ok = 0;
            int sent = 0;
            long start = System.nanoTime();
            try (BufferedReader csv = Files.newBufferedReader(candidatesCsv, StandardCharsets.UTF_8)) {
                csv.readLine();
                for (String line = csv.readLine(); line != null && sent < rows; line = csv.readLine()) {
                    String[] cells = line.split(",");
                    String resume = Files.readString(resumeFolder.resolve(cells[5]), StandardCharsets.UTF_8);
                    JsonNode answer = post(http, base + "/job-interview-pre-screening-api-resume-text", Map.of(
                            "position_id", positionId, "candidate_name", cells[0] + " " + cells[1],
                            "candidate_email", cells[2], "candidate_country_code", cells[4],
                            "candidate_resume", resume));
                    sent++;
                    ok += answer.has("decision_status") ? 1 : 0;
                }
            }
            return new Timing(sent, ok, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static JsonNode post(HttpClient http, String url, Map<String, String> body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer script-token")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body());
    }
}
