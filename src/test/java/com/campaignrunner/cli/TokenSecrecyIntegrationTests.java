package com.campaignrunner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * A campaign run with a known API token, read from a token file, with JSON logs: the token appears in no log
 * line, no file of the bundle or the data folder (zips opened), and no text column of any database table; and
 * every log line is a JSON object.
 */
@ExtendWith(OutputCaptureExtension.class)
class TokenSecrecyIntegrationTests {

    private static final String TOKEN = "jm-live-7d0c2f19b5e84a3a9e6d41c8ff0b2a77";

    @TempDir
    Path work;

    @Test
    void theTokenIsInNoLogNoFileAndNoDatabaseRow(CapturedOutput logs) throws Exception {
        Path tokenFile = work.resolve("secrets").resolve("jobmojito-token");
        Files.createDirectories(tokenFile.getParent());
        Files.writeString(tokenFile, TOKEN + "\n");
        Path campaign = new TestCampaign(work, "secret-token").rows(5).api("token-file: " + tokenFile).write();
        Path data = work.resolve("data");

        TestCampaign.Result run = TestCampaign.cli("run", campaign.toString(), "--data", data.toString(),
                "--log-format", "json");
        TestCampaign.Result export = TestCampaign.cli("export", campaign.toString(), "--data", data.toString());

        assertThat(run.code()).as(run.output()).isZero();
        assertThat(export.code()).as(export.output()).isZero();
        assertThat(run.output() + export.output()).doesNotContain(TOKEN);
        assertThat(logs.getAll()).doesNotContain(TOKEN).contains("Intake:");
        List<String> files = filesContaining(work, TOKEN);
        assertThat(files).containsExactly("secrets/jobmojito-token");
        assertThat(databaseCellsContaining(data, TOKEN)).isEmpty();
    }

    @Test
    void jsonLogsAreOneJsonObjectPerLine(CapturedOutput logs) throws Exception {
        Path campaign = new TestCampaign(work, "json-logs").rows(2).write();

        TestCampaign.Result status = TestCampaign.cli("run", campaign.toString(), "--data",
                work.resolve("data").toString(), "--log-format", "json");

        assertThat(status.code()).as(status.output()).isZero();
        List<String> logLines = logs.getAll().lines().filter(line -> line.startsWith("{")).toList();
        assertThat(logLines).anySatisfy(line -> assertThat(line).contains("Intake:"));
        JsonMapper json = JsonMapper.builder().build();
        for (String line : logLines) {
            assertThat(json.readTree(line).path("message").isString()).as(line).isTrue();
        }
        assertThat(logs.getAll().lines().filter(line -> line.matches("\\d\\d:\\d\\d:\\d\\d (INFO|WARN|ERROR).*")))
                .isEmpty();
    }

    /** Every file under the folder whose bytes, or the bytes of a zip entry in it, hold the text. */
    private static List<String> filesContaining(Path folder, String text) throws IOException {
        List<String> hits = new ArrayList<>();
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] content = Files.readAllBytes(file);
                if (contains(content, needle) || file.toString().endsWith(".zip") && zipContains(file, needle)) {
                    hits.add(folder.relativize(file).toString().replace('\\', '/'));
                }
            }
        }
        return hits;
    }

    private static boolean zipContains(Path zip, byte[] needle) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                if (contains(entries.readAllBytes(), needle)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Table, column and row of every text cell of the ledger database that holds the text. */
    private static List<String> databaseCellsContaining(Path data, String text) throws Exception {
        List<String> hits = new ArrayList<>();
        String url = "jdbc:h2:file:" + data.resolve("campaign-runner") + ";AUTO_SERVER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement sql = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select table_schema, table_name, column_name from "
                    + "information_schema.columns where table_schema = 'PUBLIC' and data_type in "
                    + "('CHARACTER VARYING', 'CHARACTER', 'CHARACTER LARGE OBJECT', 'VARCHAR', 'CLOB')")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(2), rows.getString(3)});
                }
            }
            assertThat(columns).isNotEmpty();
            for (String[] column : columns) {
                try (ResultSet rows = sql.executeQuery("select count(*) from \"" + column[0] + "\" where \""
                        + column[1] + "\" like '%" + text + "%'")) {
                    rows.next();
                    if (rows.getInt(1) > 0) {
                        hits.add(column[0] + "." + column[1]);
                    }
                }
            }
        }
        return hits;
    }
}
