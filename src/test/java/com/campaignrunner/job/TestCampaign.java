package com.campaignrunner.job;

import com.campaignrunner.cli.CampaignRunnerCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small campaign on the sandbox for tests: six candidates with resumes from the sample data, a campaign file
 * whose interview, invitation and sandbox sections a test chooses, and the command line to run it.
 */
public final class TestCampaign {

    private static final Path SAMPLE_RESUMES = Path.of("sample-data", "resumes").toAbsolutePath();
    private static final String[][] CANDIDATES = {
        {"Emily", "Clarke", "emily.clarke@example.com", "GB", "emily_clarke.txt"},
        {"Grace", "Lee", "grace.lee@example.com", "SG", "grace_lee.txt"},
        {"Hannah", "Schmidt", "hannah.schmidt@example.com", "AT", "hannah_schmidt.txt"},
        {"Liam", "O'Connor", "liam.oconnor@example.org", "IE", "liam_oconnor.txt"},
        {"Noah", "Williams", "noah.williams@example.com", "US", "noah_williams.txt"},
        {"Anna", "Kowalska", "anna.kowalska@example.com", "PL", "anna_kowalska.pdf"},
    };

    /** What a command printed and the exit code it gave. */
    public record Result(int code, String output) {
    }

    private final Path folder;
    private final String id;
    private String interview = """
              template-id: 7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37
              interview-type: pre-screening
            """;
    private String extra = "";
    private String sandbox = "";
    private double completeShare = 1.0;

    private TestCampaign(Path folder, String id) {
        this.folder = folder;
        this.id = id;
    }

    public static TestCampaign in(Path folder, String id) {
        return new TestCampaign(folder, id);
    }

    /** The lines under {@code interview:}, indented by two spaces. */
    public TestCampaign interview(String lines) {
        this.interview = lines;
        return this;
    }

    /** Further top-level sections, such as {@code invitations:}. */
    public TestCampaign with(String sections) {
        this.extra = sections;
        return this;
    }

    /** Further lines under {@code sandbox:}, indented by two spaces. */
    public TestCampaign sandbox(String lines) {
        this.sandbox = lines;
        return this;
    }

    public TestCampaign completeShare(double share) {
        this.completeShare = share;
        return this;
    }

    public Path file() {
        return folder.resolve(id + ".yml");
    }

    public Path data() {
        return folder.resolve("data");
    }

    public Path exports() {
        return folder.resolve("exports");
    }

    public String id() {
        return id;
    }

    public List<String> emails() {
        List<String> emails = new ArrayList<>();
        for (String[] candidate : CANDIDATES) {
            emails.add(candidate[2]);
        }
        return emails;
    }

    /** Writes the candidates, the resumes and the campaign file. */
    public TestCampaign write() {
        try {
            Path resumes = Files.createDirectories(folder.resolve("resumes"));
            StringBuilder csv = new StringBuilder("First Name,Last Name,Email,Country,Resume\n");
            for (String[] candidate : CANDIDATES) {
                csv.append(String.join(",", candidate)).append('\n');
                Path resume = resumes.resolve(candidate[4]);
                if (!Files.exists(resume)) {
                    Files.copy(SAMPLE_RESUMES.resolve(candidate[4]), resume);
                }
            }
            Files.writeString(folder.resolve("candidates.csv"), csv);
            Files.writeString(file(), """
                    campaign: %s
                    candidates:
                      file: candidates.csv
                    resumes:
                      folder: resumes
                    positions:
                      - name: Backend Engineer
                        location: Remote (Europe)
                        country: GB
                        language: en
                        description: >-
                          Build and run payment microservices in Java and Spring. You will design REST APIs on
                          PostgreSQL and Kafka, ship with Docker and Kubernetes on AWS, and care about testing.
                    interview:
                    %s
                    selection:
                      recommendations: [ai_accept, recruiter_action, ai_reject]
                    %s
                    collection:
                      wait-seconds: 4
                    export:
                      folder: exports
                    api:
                      base-url: sandbox
                      concurrency: 4
                      timeout-seconds: 5
                      retries:
                        max-attempts: 3
                        initial-delay-ms: 10
                        max-delay-ms: 50
                    sandbox:
                      latency-ms: 0..2
                      ai-latency-ms: 5..20
                      completion-delay-ms: 200..600
                      late-completion-seconds: 1
                      complete-share: %s
                      abandon-share: %s
                      fail-share: 0
                    %s
                    """.formatted(id, interview.stripTrailing(), extra.stripTrailing(), completeShare,
                    Math.max(0, 1 - completeShare), sandbox.stripTrailing()));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command on this campaign: {@code run}, {@code status} or an action, with its further arguments. */
    public Result command(String command, String... arguments) {
        List<String> args = new ArrayList<>(List.of(command, file().toString()));
        args.addAll(List.of(arguments));
        args.add("--data");
        args.add(data().toString());
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code = CampaignRunnerCli.execute(args.toArray(String[]::new), stream, stream);
        return new Result(code, buffer.toString(StandardCharsets.UTF_8));
    }

    public Result run() {
        return command("run");
    }

    /** Each row's state in the ledger, by email. */
    public Map<String, String> statesByEmail() {
        return column("state");
    }

    /** One ledger column of each row, by email. */
    public Map<String, String> column(String name) {
        Map<String, String> values = new LinkedHashMap<>();
        query("select email_key, " + name + " from ledger_row where campaign_id = '" + id + "' order by row_number",
                rs -> values.put(rs.getString(1), rs.getString(2)));
        return values;
    }

    /** The keys of the remote resources the campaign remembers. */
    public List<String> resourceKeys() {
        List<String> keys = new ArrayList<>();
        query("select resource_key from ledger_resource where campaign_id = '" + id + "' and state = 'CREATED'",
                rs -> keys.add(rs.getString(1)));
        return keys;
    }

    private interface RowAction {
        void accept(ResultSet rs) throws SQLException;
    }

    private void query(String sql, RowAction action) {
        String url = "jdbc:h2:file:" + data().resolve("campaign-runner") + ";AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                action.accept(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
