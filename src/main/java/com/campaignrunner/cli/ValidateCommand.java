package com.campaignrunner.cli;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.export.ValidationReport;
import com.campaignrunner.intake.CandidateSheet;
import com.campaignrunner.intake.IntakeException;
import com.campaignrunner.intake.IntakeOptionsFactory;
import com.campaignrunner.intake.RowCheck;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code validate <campaign-file>}: a dry run of intake. Reads the campaign file and the whole candidate file,
 * checks every row and resume exactly as intake does, calls nothing, opens no database, and writes a validation
 * report.
 */
final class ValidateCommand {

    static final int ALL_VALID = 0;
    static final int SOME_INVALID = 3;

    static final CommandLine.Option REPORT = new CommandLine.Option("--report", "<file.csv>",
            "where to write the report (default <export folder>/<campaign>/validation-<time>.csv)");

    static final CommandLine.Option JSON = new CommandLine.Option("--json", null,
            "print the result as one JSON object instead of a summary");

    static final String USAGE = CommandLine.usage("validate <campaign-file> [options]", """
            Checks the campaign file, every candidate row and every resume as intake would, without calling the
            API or touching the ledger, and writes a report with one line per row: valid or invalid, the column
            at fault, what is wrong and how to fix it.

            Exit codes: 0 every row is valid, 3 some rows are invalid, 2 bad usage, an unusable campaign file or
            a candidate file that cannot be read at all.
            """, List.of(REPORT, JSON), CommandLine.COMMON);

    private final PrintStream out;
    private final PrintStream err;

    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        CommandLine line;
        Campaign campaign;
        try {
            line = CommandLine.parse(args, 1, 1, List.of(REPORT, JSON), CommandLine.COMMON);
            if (line.help()) {
                out.print(USAGE);
                return 0;
            }
            campaign = CampaignFileReader.read(line.campaignFile());
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        }
        Path report = line.value(REPORT) != null ? Path.of(line.value(REPORT)).toAbsolutePath()
                : campaign.exportFolder().resolve(campaign.id()).resolve("validation-"
                        + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()) + ".csv");
        try {
            return validate(campaign, report, line.flag(JSON));
        } catch (IntakeException e) {
            err.println("The candidate file cannot be used: " + e.getMessage());
            return CampaignRunnerCli.USAGE;
        } catch (IOException e) {
            err.println("Cannot write the validation report " + report + ": " + e.getMessage());
            return 1;
        }
    }

    private int validate(Campaign campaign, Path reportFile, boolean json) throws IOException {
        ValidationSummary summary = new ValidationSummary();
        try (CandidateSheet sheet = CandidateSheet.open(campaign.candidates().file(),
                IntakeOptionsFactory.from(campaign.candidates()));
                ValidationReport report = new ValidationReport(reportFile)) {
            if (!json) {
                sheet.fileWarnings().forEach(warning -> out.println("Note: " + warning.message()));
            }
            RowCheck check = new RowCheck(campaign, sheet.header(), RowCheck.EarlierRows.NONE);
            while (sheet.hasNext()) {
                RowCheck.Verdict verdict = check.verdict(sheet.next());
                report.add(verdict.row());
                summary.add(verdict);
            }
            summary.unmatchedResumes(check.unmatchedResumes());
        }
        if (json) {
            out.println(summary.json(campaign.id(), reportFile));
        } else {
            summary.print(campaign.id(), reportFile, out);
        }
        return summary.invalid() == 0 ? ALL_VALID : SOME_INVALID;
    }
}
