package com.campaignrunner.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign of 300 candidates against a sandbox that fails often, run by a runner process that is killed with
 * SIGKILL at five random moments and started again until it completes. Whatever the moments, no candidate may be
 * pre-screened or registered twice, every row must end in a final state, and the export must list every input
 * row exactly once.
 */
class KilledRunnerChaosTests {

    private static final int CANDIDATES = 300;
    private static final int KILLS = 5;
    private static final Set<String> FINAL = Set.of("INVALID", "NOT_SELECTED", "ABANDONED", "FAILED_INTERVIEW",
            "COLLECTED");
    private static final String[] SKILLS = {"java", "spring", "rest", "postgresql", "kafka", "docker",
        "kubernetes", "aws", "microservices", "testing"};

    @TempDir
    Path work;

    @Test
    void aRunnerKilledAtRandomMomentsNeverSendsTwiceAndFinishesEveryRow() throws Exception {
        long seed = Long.getLong("chaos.seed", System.nanoTime());
        Random random = new Random(seed);
        Path sandboxState = work.resolve("sandbox");
        int port = freePort();
        Process sandbox = start(work.resolve("sandbox.log"), "sandbox", "--port", Integer.toString(port),
                "--state", sandboxState.toString(), "--latency-ms", "120", "--rate-500", "0.05", "--rate-429",
                "0.03", "--timeout-rate", "0.02", "--timeout-ms", "2500", "--outcomes", "0.85,0.1,0.05",
                "--completion-delay-ms", "200..1500", "--seed", Long.toString(seed), "--token", "chaos-token");
        try {
            awaitLine(work.resolve("sandbox.log"), "listening on", 30);
            Path campaign = campaign(port);
            int kills = 0;
            int starts = 0;
            List<String> moments = new ArrayList<>();
            while (kills < KILLS) {
                Process runner = start(work.resolve("runner-" + starts + ".log"), "run", campaign.toString(),
                        "--data", work.resolve("data").toString());
                starts++;
                long after = 3_000 + random.nextInt(12_000);
                if (runner.waitFor(after, TimeUnit.MILLISECONDS)) {
                    moments.add("run " + starts + " ended by itself (exit " + runner.exitValue() + ")");
                    continue;
                }
                runner.destroyForcibly().waitFor();
                kills++;
                moments.add("run " + starts + " killed with SIGKILL after " + after + " ms");
            }
            int exit = -1;
            for (int attempt = 0; attempt < 10 && !(exit == 0 && allRowsFinal()); attempt++) {
                Process runner = start(work.resolve("runner-" + starts + ".log"), "run", campaign.toString(),
                        "--data", work.resolve("data").toString());
                starts++;
                assertThat(runner.waitFor(240, TimeUnit.SECONDS)).as("run " + starts + " finished").isTrue();
                exit = runner.exitValue();
                moments.add("run " + starts + " ended with exit " + exit);
            }

            List<SandboxCall> calls = SandboxCallLedger.read(sandboxState);
            report(seed, moments, kills, starts, calls);
            assertThat(exit).isZero();
            assertThat(CrashSafetyTests.perEmail(calls, "pre-screening-api-resume"))
                    .hasSize(CANDIDATES - 2)
                    .allSatisfy((email, count) -> assertThat(count).as("pre-screens of " + email).isEqualTo(1));
            assertThat(CrashSafetyTests.registeredPerEmail(calls))
                    .allSatisfy((email, count) -> assertThat(count).as("registrations of " + email).isEqualTo(1));
            assertThat(calls).noneMatch(call -> call.endpoint().equals("/invite-users"));
            assertThat(states()).allSatisfy((row, state) -> assertThat(FINAL).as("row " + row).contains(state));
            assertThat(exportedRows()).containsExactlyElementsOf(java.util.stream.IntStream
                    .rangeClosed(2, CANDIDATES + 1).boxed().toList());
        } finally {
            sandbox.destroy();
            sandbox.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private Path campaign(int port) throws IOException {
        Path resumes = Files.createDirectories(work.resolve("resumes"));
        StringBuilder csv = new StringBuilder("first_name,last_name,email,country,resume_file\n");
        for (int i = 1; i <= CANDIDATES; i++) {
            String email = i == 7 ? "not-an-email" : "candidate" + i + "@example.org";
            String resume = "candidate" + i + ".txt";
            csv.append("Person,Number").append(i).append(',').append(i == 11 ? "Candidate9@Example.org" : email)
                    .append(",GB,").append(resume).append('\n');
            StringBuilder text = new StringBuilder("Person Number" + i + "\n" + email + "\nEngineer with "
                    + (i % 12) + " years of experience. Skills:");
            for (int s = 0; s < i % 11 && s < SKILLS.length; s++) {
                text.append(' ').append(SKILLS[s]);
            }
            Files.writeString(resumes.resolve(resume), text.append('\n').toString());
        }
        Files.writeString(work.resolve("candidates.csv"), csv.toString());
        Files.writeString(work.resolve("token.txt"), "chaos-token");
        String yaml = """
                campaign: chaos
                candidates:
                  file: candidates.csv
                resumes:
                  folder: resumes
                positions:
                  - name: Backend Engineer
                    location: Remote
                    country: GB
                    description: Payment microservices in Java and Spring; REST on PostgreSQL and Kafka; Docker, \
                Kubernetes, AWS; automated testing.
                interview:
                  template-id: 7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37
                collection:
                  wait-seconds: 6
                export:
                  folder: exports
                api:
                  base-url: http://127.0.0.1:%d
                  token-file: token.txt
                  concurrency: 8
                  timeout-seconds: 2
                  registration-batch: 25
                  retries:
                    max-attempts: 4
                    initial-delay-ms: 100
                    max-delay-ms: 1000
                """.formatted(port);
        Path file = work.resolve("chaos.yml");
        Files.writeString(file, yaml);
        return file;
    }

    private Process start(Path log, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "com.campaignrunner.CampaignRunnerApplication"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
    }

    private static void awaitLine(Path log, String text, int seconds) throws Exception {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (System.currentTimeMillis() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the sandbox did not start: " + (Files.exists(log) ? Files.readString(log) : ""));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Connection ledger() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + work.resolve("data").resolve("campaign-runner")
                + ";AUTO_SERVER=TRUE", "sa", "");
    }

    private boolean allRowsFinal() throws Exception {
        return Files.exists(work.resolve("data").resolve("campaign-runner.mv.db")) && states().size() == CANDIDATES
                && states().values().stream().allMatch(FINAL::contains);
    }

    private Map<Integer, String> states() throws Exception {
        Map<Integer, String> states = new TreeMap<>();
        try (Connection ledger = ledger(); Statement query = ledger.createStatement();
                ResultSet rows = query.executeQuery("select row_number, state from ledger_row where "
                        + "campaign_id = 'chaos'")) {
            while (rows.next()) {
                states.put(rows.getInt(1), rows.getString(2));
            }
        }
        return states;
    }

    private List<Integer> exportedRows() throws IOException {
        Path bundle;
        try (Stream<Path> bundles = Files.list(work.resolve("exports").resolve("chaos"))) {
            bundle = bundles.filter(Files::isDirectory).max(Path::compareTo).orElseThrow();
        }
        try (Reader reader = Files.newBufferedReader(bundle.resolve("results.csv"), StandardCharsets.UTF_8)) {
            List<Integer> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                rows.add(Integer.parseInt(record.get(0).replace("\uFEFF", "").trim()));
            }
            return rows;
        }
    }

    private static void report(long seed, List<String> moments, int kills, int starts, List<SandboxCall> calls) {
        Map<String, Long> perEndpoint = calls.stream().collect(Collectors.groupingBy(call -> call.endpoint()
                .startsWith("/storage/") ? "signed report downloads" : call.endpoint(), TreeMap::new,
                Collectors.counting()));
        Map<String, Long> faults = new HashMap<>();
        calls.stream().filter(call -> call.fault() != null).forEach(call -> faults.merge(call.fault(), 1L,
                Long::sum));
        System.out.println("Chaos run (seed " + seed + "): " + kills + " kills, " + starts + " runner starts");
        moments.forEach(moment -> System.out.println("  " + moment));
        System.out.println("  calls received by the sandbox: " + calls.size() + " " + perEndpoint);
        System.out.println("  faults injected (each one retried or resolved by the runner): " + faults);
    }
}
