package com.campaignrunner.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.cli.CampaignRunnerCli;
import com.campaignrunner.sandbox.SandboxCall;
import com.campaignrunner.sandbox.SandboxCallLedger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign with two positions: the position column routes each row, and an unknown position is reported. */
class SeveralPositionsTests {

    @TempDir
    Path work;

    @Test
    void eachRowIsScreenedAgainstThePositionItNamesAndAnUnknownOneIsReported() throws Exception {
        Path resumes = Files.createDirectories(work.resolve("resumes"));
        Files.writeString(resumes.resolve("ada.txt"), "Ada Lovelace\nJava Spring REST PostgreSQL Kafka Docker\n");
        Files.writeString(resumes.resolve("grace.txt"), "Grace Hopper\nWarehouse forklift logistics safety\n");
        Files.writeString(resumes.resolve("alan.txt"), "Alan Turing\nPython\n");
        Files.writeString(work.resolve("candidates.csv"), """
                First Name,Last Name,Email,Country,Resume,Job
                Ada,Lovelace,ada@example.com,GB,ada.txt,Backend Engineer
                Grace,Hopper,grace@example.com,US,grace.txt,warehouse associate
                Alan,Turing,alan@example.com,GB,alan.txt,Astronaut
                """);
        Files.writeString(work.resolve("campaign.yml"), """
                campaign: two-positions
                candidates:
                  file: candidates.csv
                resumes:
                  folder: resumes
                positions:
                  - name: Backend Engineer
                    location: Remote
                    country: GB
                    description: Java, Spring, REST, PostgreSQL and Kafka services shipped with Docker.
                  - name: Warehouse Associate
                    location: Leeds
                    country: GB
                    description: Warehouse work with a forklift; logistics and safety first.
                interview:
                  template-id: 7c4f2a9e-3b1d-4e8f-9a6c-2d5b8e1f0a37
                collection:
                  wait-seconds: 0
                export:
                  folder: exports
                api:
                  base-url: sandbox
                sandbox:
                  ai-latency-ms: 0
                """);
        Path data = work.resolve("data");

        int code = CampaignRunnerCli.execute(new String[] {"run", work.resolve("campaign.yml").toString(),
            "--data", data.toString()}, quiet(), quiet());

        assertThat(code).isZero();
        List<SandboxCall> calls = SandboxCallLedger.read(data.resolve("sandbox"));
        assertThat(calls.stream().filter(call -> call.endpoint().equals("/pre-screening-create"))).hasSize(2);
        assertThat(calls.stream().filter(call -> call.endpoint().contains("pre-screening-api-resume")))
                .extracting(SandboxCall::email).containsExactlyInAnyOrder("ada@example.com", "grace@example.com");
        Map<String, String> rows = rows(data);
        assertThat(rows.get("ada@example.com")).startsWith("Backend Engineer|");
        assertThat(rows.get("grace@example.com")).startsWith("Warehouse Associate|");
        assertThat(rows.get("alan@example.com")).startsWith("Astronaut|INVALID|unknown position 'Astronaut'");
    }

    private static Map<String, String> rows(Path data) throws Exception {
        Map<String, String> rows = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("campaign-runner")
                + ";AUTO_SERVER=TRUE", "sa", ""); Statement query = db.createStatement();
                ResultSet result = query.executeQuery("select email_key, position_name, state, problem_message "
                        + "from ledger_row order by row_number")) {
            while (result.next()) {
                rows.put(result.getString(1), result.getString(2) + "|" + result.getString(3) + "|"
                        + result.getString(4));
            }
        }
        return rows;
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
