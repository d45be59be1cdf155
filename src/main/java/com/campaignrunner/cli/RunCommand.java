package com.campaignrunner.cli;

import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.CampaignRun;
import com.campaignrunner.job.RunLock;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.metrics.CampaignMetrics;
import com.campaignrunner.progress.RunSummary;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code run <campaign-file>}: runs the campaign, or continues it where it stopped. */
final class RunCommand {

    static final String USAGE = CommandLine.usage("run <campaign-file> [options]", """
            Runs the campaign: intake, setup, screening, registration, collection and export. A run that failed or
            was killed is continued where it stopped; after a completed run the next one picks up new rows and
            newly finished interviews. Nothing is sent twice.

            Exit codes: 0 done (every row final or waiting for its candidate), 3 done but some rows hold
            retryable errors (run again), 1 the run failed, 2 bad usage or an unusable campaign file.
            """, List.of());

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        CommandLine line;
        Campaign campaign;
        try {
            line = CommandLine.parse(args);
            if (line.help()) {
                out.print(USAGE);
                return 0;
            }
            campaign = CampaignFileReader.read(line.campaignFile());
            ApiConnection.token(campaign);
            Preflight.check(campaign);
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        }
        try (ConfigurableApplicationContext spring = LedgerDatabase.open(line)) {
            return runCampaign(spring, campaign, line.dataFolder(), out, err);
        } catch (CampaignFileException | CommandLine.UsageException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        } catch (RunLock.CampaignBusyException e) {
            err.println(e.getMessage());
            return CampaignRun.FAILED;
        } catch (Exception e) {
            err.println("The run failed: " + CampaignRun.rootMessage(e));
            return CampaignRun.FAILED;
        }
    }

    /** One run of the campaign in an open context, with the summary table at the end; serve runs through here. */
    static int runCampaign(ConfigurableApplicationContext spring, Campaign campaign, Path dataFolder,
            PrintStream out, PrintStream err) throws Exception {
        CampaignMetrics metrics = spring.getBean(CampaignMetrics.class);
        RunSummary summary = RunSummary.begin(metrics.registry());
        try (ApiConnection api = ApiConnection.open(campaign, dataFolder, metrics.registry(), out)) {
            spring.getBean(CampaignContext.class).open(campaign, api.client(), dataFolder, api.sandbox());
            CampaignRun.Outcome outcome = spring.getBean(CampaignRun.class).run();
            out.print(summary.render(campaign.id(), spring.getBean(Ledger.class)));
            out.flush();
            if (outcome.problem() != null) {
                err.println(outcome.problem());
            }
            return outcome.exitCode();
        }
    }

    /** The API token: from the environment variable or file the campaign names; never printed. */
    static String token(Campaign campaign) throws CampaignFileException {
        return ApiConnection.token(campaign);
    }
}
