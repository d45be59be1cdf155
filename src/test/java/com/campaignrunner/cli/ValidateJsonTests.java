package com.campaignrunner.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** {@code validate --json}: one object a script can read, naming every problem's row, column, value and fix. */
class ValidateJsonTests {

    @TempDir
    Path work;

    @Test
    void theSampleCampaignsProblemsArriveAsOneJsonObject() throws Exception {
        Path sample = Path.of("sample-data").toAbsolutePath();
        Path campaign = work.resolve("campaign.yml");
        Files.writeString(campaign, Files.readString(Path.of("jobs", "sample-campaign.yml"))
                .replace("../sample-data/candidates.xlsx", sample.resolve("candidates.csv").toString())
                .replace("  sheet: Candidates\n", "")
                .replace("../sample-data/resumes", sample.resolve("resumes").toString())
                .replace("folder: ../exports", "folder: " + work.resolve("exports")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = CampaignRunnerCli.execute(new String[] {"validate", campaign.toString(), "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isEqualTo(3);
        Map<String, Object> result = JsonMapper.builder().build().readValue(out.toString(StandardCharsets.UTF_8),
                new TypeReference<>() {
                });
        assertThat(result).containsEntry("rows_read", 45).containsEntry("valid", 41).containsEntry("invalid", 4)
                .containsEntry("duplicates", 1).containsEntry("resumes_matched", 41)
                .containsEntry("resumes_unmatched", List.of("pedro_alvarez.pdf"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> problems = (List<Map<String, Object>>) result.get("problems");
        assertThat(problems).extracting(problem -> problem.get("row")).containsExactly(16, 32, 42, 44);
        assertThat(problems.get(0)).containsEntry("column", "Email")
                .containsEntry("value", "pedro.alvarez.example.com").containsKeys("reason", "fix");
        assertThat(problems.get(1)).containsEntry("column", "Email").containsEntry("reason", "duplicate of row 2");
        assertThat(problems.get(2)).containsEntry("column", "Resume")
                .containsEntry("reason", "resume file not found: marta_sanchez.pdf");
    }

    @Test
    void anOverlongCellMakesItsRowInvalidAndTheOthersGoOn() throws Exception {
        Path resumes = Files.createDirectories(work.resolve("resumes"));
        Files.writeString(resumes.resolve("ada.txt"), "Ada Lovelace, Java and Spring");
        Files.writeString(resumes.resolve("bob.txt"), "Bob Builder, Java and Spring");
        Files.writeString(work.resolve("candidates.csv"), "Email,First Name,Last Name,Phone,Resume\n"
                + "ada@example.com,Ada,Lovelace,+1 617 555 0105 (mobile) or +1 617 555 0199 (home),ada.txt\n"
                + "bob@example.com,Bob,Builder,+1 617 555 0106,bob.txt\n");
        Path campaign = work.resolve("campaign.yml");
        Files.writeString(campaign, Files.readString(Path.of("jobs", "sample-campaign.yml"))
                .replace("../sample-data/candidates.xlsx", "candidates.csv")
                .replace("  sheet: Candidates\n", "")
                .replace("../sample-data/resumes", "resumes"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = CampaignRunnerCli.execute(new String[] {"validate", campaign.toString(), "--json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isEqualTo(3);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).contains("\"valid\":1").contains("\"column\":\"Phone\"").contains("value too long");
    }

    @Test
    void aWorkbookThatIsReallyAWebPageCannotBeReadAtAll() throws Exception {
        Files.writeString(work.resolve("candidates.xls"), "<html><body><table><tr><td>Email</td></tr></table>");
        Files.createDirectories(work.resolve("resumes"));
        Path campaign = work.resolve("campaign.yml");
        Files.writeString(campaign, Files.readString(Path.of("jobs", "sample-campaign.yml"))
                .replace("../sample-data/candidates.xlsx", "candidates.xls")
                .replace("  sheet: Candidates\n", "")
                .replace("../sample-data/resumes", "resumes"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = CampaignRunnerCli.execute(new String[] {"validate", campaign.toString()}, System.out,
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("candidates.xls").contains("really a web page");
    }
}
