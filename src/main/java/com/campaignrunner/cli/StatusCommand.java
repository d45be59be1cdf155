package com.campaignrunner.cli;

import com.campaignrunner.actions.CreditsReport;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.job.CampaignJobConfiguration;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code status <campaign-file>}: rows per state, the last runs, rows in error. Reads only. */
final class StatusCommand {

    static final String USAGE = CommandLine.usage("status <campaign-file> [options]", """
            Shows the campaign's rows per state, its last runs and the rows that need attention. Reads only: it
            calls nothing and changes nothing. Exit codes: 0 shown, 1 the ledger cannot be read, 2 bad usage or an
            unusable campaign file.
            """, List.of());

    private final PrintStream out;
    private final PrintStream err;

    StatusCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        try {
            CommandLine line = CommandLine.parse(args);
            if (line.help()) {
                out.print(USAGE);
                return 0;
            }
            Campaign campaign = CampaignFileReader.read(line.campaignFile());
            try (ConfigurableApplicationContext spring = LedgerDatabase.open(line)) {
                printRuns(spring, campaign);
                printSummary(spring, campaign, out);
                printErrors(spring, campaign);
                CreditsReport.print(spring.getBean(Ledger.class), campaign, line.dataFolder(), out);
            }
            return 0;
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        } catch (Exception e) {
            err.println("Cannot read the campaign's status: " + e.getMessage());
            return 1;
        }
    }

    static void printSummary(ConfigurableApplicationContext spring, Campaign campaign, PrintStream out) {
        Map<RowState, Integer> counts = spring.getBean(Ledger.class).countByState(campaign.id());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.println();
        out.println("Campaign " + campaign.id() + ": " + total + " rows");
        for (RowState state : RowState.values()) {
            Integer count = counts.get(state);
            if (count != null) {
                out.printf("  %-18s %6d%n", state, count);
            }
        }
    }

    private void printRuns(ConfigurableApplicationContext spring, Campaign campaign) {
        JobRepository repository = spring.getBean(JobRepository.class);
        List<JobExecution> executions = new ArrayList<>();
        for (JobInstance instance : repository.getJobInstances(CampaignJobConfiguration.JOB_NAME, 0,
                200)) {
            for (JobExecution execution : repository.getJobExecutions(instance)) {
                if (campaign.id().equals(execution.getJobParameters().getString("campaign"))) {
                    executions.add(execution);
                }
            }
        }
        out.println("Last runs of " + campaign.id() + ":");
        executions.stream().sorted((a, b) -> Long.compare(b.getId(), a.getId())).limit(10).forEach(e -> out
                .printf("  run %-4s execution %-5d %-10s started %s ended %s%n",
                        e.getJobParameters().getLong("run"), e.getId(), e.getStatus(), e.getStartTime(),
                        e.getEndTime()));
    }

    private void printErrors(ConfigurableApplicationContext spring, Campaign campaign) {
        List<LedgerRow> problems = new ArrayList<>();
        spring.getBean(Ledger.class).forEachRow(campaign.id(), row -> {
            if (row.state() == RowState.ERROR || row.state() == RowState.INVALID) {
                problems.add(row);
            }
        });
        if (problems.isEmpty()) {
            return;
        }
        out.println("Rows that need attention:");
        for (LedgerRow row : problems) {
            String reason = row.state() == RowState.INVALID ? row.problemColumn() + ": " + row.problemMessage()
                    + (row.problemFix() == null ? "" : " (fix: " + row.problemFix() + ")")
                    : row.errorStep() + ": " + row.errorMessage() + (Boolean.TRUE.equals(row.errorRetryable())
                            ? " (retried on the next run)" : "");
            out.printf("  row %-6d %-8s %s%n", row.rowNumber(), row.state(), reason);
        }
    }
}
