package com.campaignrunner.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small campaign for the command tests: the first rows of the sample CSV, the sample resumes, the sandbox with
 * short delays, and whatever a test adds to the campaign file.
 */
final class TestCampaign {

    private final Path folder;
    private final String id;
    private int rows = 6;
    private String schedule;
    private final List<String> apiLines = new ArrayList<>();
    private final List<String> sandboxLines = new ArrayList<>(List.of("  ai-latency-ms: 10..30",
            "  completion-delay-ms: 300..900", "  late-completion-seconds: 2"));
    private String waitSeconds = "2";

    TestCampaign(Path folder, String id) {
        this.folder = folder;
        this.id = id;
    }

    TestCampaign rows(int count) {
        rows = count;
        return this;
    }

    TestCampaign schedule(String cron) {
        schedule = cron;
        return this;
    }

    TestCampaign api(String line) {
        apiLines.add("  " + line);
        return this;
    }

    TestCampaign sandbox(String... lines) {
        sandboxLines.clear();
        for (String line : lines) {
            sandboxLines.add("  " + line);
        }
        return this;
    }

    TestCampaign collectionWaitSeconds(int seconds) {
        waitSeconds = Integer.toString(seconds);
        return this;
    }

    /** Writes the candidate file and the campaign file; returns the campaign file. */
    Path write() throws IOException {
        Files.createDirectories(folder);
        List<String> lines = Files.readAllLines(Path.of("sample-data", "candidates.csv"), StandardCharsets.UTF_8);
        Path candidates = folder.resolve(id + "-candidates.csv");
        Files.write(candidates, lines.subList(0, Math.min(lines.size(), rows + 1)), StandardCharsets.UTF_8);
        Path resumes = Path.of("sample-data", "resumes").toAbsolutePath();
        StringBuilder yaml = new StringBuilder();
        yaml.append("campaign: ").append(id).append('\n');
        if (schedule != null) {
            yaml.append("schedule: '").append(schedule).append("'\n");
        }
        yaml.append("""
                candidates:
                  file: %s
                resumes:
                  folder: %s
                positions:
                  - name: Backend Engineer
                    location: Remote (Europe)
                    country: GB
                    description: Build payment services in Java and Spring on PostgreSQL and Kafka.
                interview:
                  template-id: 7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37
                collection:
                  wait-seconds: %s
                export:
                  folder: %s
                api:
                  base-url: sandbox
                  concurrency: 4
                  retries:
                    max-attempts: 3
                    initial-delay-ms: 50
                """.formatted(candidates.toAbsolutePath(), resumes, waitSeconds,
                folder.resolve("exports").toAbsolutePath()));
        apiLines.forEach(line -> yaml.append(line).append('\n'));
        yaml.append("sandbox:\n");
        sandboxLines.forEach(line -> yaml.append(line).append('\n'));
        Path file = folder.resolve(id + ".yml");
        Files.writeString(file, yaml);
        return file;
    }

    /** What a command printed and returned. */
    record Result(int code, String output) {
    }

    static Result cli(String... args) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code = CampaignRunnerCli.execute(args, stream, stream);
        return new Result(code, buffer.toString(StandardCharsets.UTF_8));
    }
}
