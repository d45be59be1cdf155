package com.campaignrunner.job;

import com.campaignrunner.cli.CampaignRunnerCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The sample campaign in a test folder: its file, its data folder, and the runner called as a user would. */
final class CampaignFixture {

    final Path work;
    final Path data;
    final String id;
    final Path file;

    private CampaignFixture(Path work, String id, Path file) {
        this.work = work;
        this.data = work.resolve("data");
        this.id = id;
        this.file = file;
    }

    /** The sample campaign with short waits, reading {@code candidates} from sample-data, with extra API lines. */
    static CampaignFixture sample(Path work, String id, String candidates, String apiOverride) throws IOException {
        Path sample = Path.of("sample-data").toAbsolutePath();
        String yaml = Files.readString(Path.of("jobs", "sample-campaign.yml"))
                .replace("campaign: sample-campaign", "campaign: " + id)
                .replace("../sample-data/candidates.xlsx", sample.resolve(candidates).toString())
                .replace("  sheet: Candidates\n", candidates.endsWith(".csv") ? "" : "  sheet: Candidates\n")
                .replace("../sample-data/resumes", sample.resolve("resumes").toString())
                .replace("folder: ../exports", "folder: " + work.resolve("exports"))
                .replace("wait-seconds: 8", "wait-seconds: 4")
                .replace("ai-latency-ms: 200..500", "ai-latency-ms: 20..60")
                .replace("completion-delay-ms: 1000..5000", "completion-delay-ms: 300..1500")
                .replace("late-completion-seconds: 40", "late-completion-seconds: 2");
        if (apiOverride != null) {
            yaml = yaml.replace("  base-url: sandbox\n", apiOverride);
        }
        Path file = work.resolve(id + ".yml");
        Files.writeString(file, yaml);
        return new CampaignFixture(work, id, file);
    }

    record Result(int code, String output) {
    }

    Result run() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        int code = CampaignRunnerCli.execute(new String[] {"run", file.toString(), "--data", data.toString()},
                stream, stream);
        return new Result(code, buffer.toString(StandardCharsets.UTF_8));
    }

    /** The ledger database, opened beside the runner as a second process would. */
    Connection ledger() throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + data.resolve("campaign-runner")
                + ";AUTO_SERVER=TRUE", "sa", "");
    }
}
