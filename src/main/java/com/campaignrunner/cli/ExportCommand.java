package com.campaignrunner.cli;

import com.campaignrunner.api.ApiException;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.collection.InterviewCollector;
import com.campaignrunner.export.Bundle;
import com.campaignrunner.export.ExportTasklet;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.CampaignRun;
import com.campaignrunner.job.RunLock;
import com.campaignrunner.metrics.CampaignMetrics;
import java.io.PrintStream;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export <campaign-file>}: writes a new bundle from the ledger without running the other steps. Interviews
 * finished since the last run are collected first when the API can be reached; otherwise the bundle holds what
 * the ledger has.
 */
final class ExportCommand {

    static final CommandLine.Option NO_COLLECT = new CommandLine.Option("--no-collect", null,
            "do not ask the API for newly finished interviews first");

    static final String USAGE = CommandLine.usage("export <campaign-file> [options]", """
            Writes a new export bundle (results.xlsx, results.csv, transcripts, reports, metrics.json,
            manifest.json and a zip) from the ledger, without intake, screening or registration. Interviews that
            finished since the last run are collected first when the API can be reached.

            Exit codes: 0 the bundle was written, 1 it could not be, 2 bad usage or an unusable campaign file.
            """, List.of(NO_COLLECT));

    private final PrintStream out;
    private final PrintStream err;

    ExportCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        CommandLine line;
        Campaign campaign;
        try {
            line = CommandLine.parse(args, 1, 1, List.of(NO_COLLECT));
            if (line.help()) {
                out.print(USAGE);
                return 0;
            }
            campaign = CampaignFileReader.read(line.campaignFile());
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        }
        try (ConfigurableApplicationContext spring = LedgerDatabase.open(line)) {
            RunLock lock = spring.getBean(RunLock.class);
            lock.acquire(campaign.id());
            try {
                return export(spring, campaign, line);
            } finally {
                lock.release(campaign.id());
            }
        } catch (RunLock.CampaignBusyException e) {
            err.println(e.getMessage());
            return CampaignRun.FAILED;
        } catch (CommandLine.UsageException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        } catch (Exception e) {
            err.println("The export failed: " + CampaignRun.rootMessage(e));
            return CampaignRun.FAILED;
        }
    }

    private int export(ConfigurableApplicationContext spring, Campaign campaign, CommandLine line) throws Exception {
        CampaignContext context = spring.getBean(CampaignContext.class);
        ApiConnection api = null;
        try {
            if (!line.flag(NO_COLLECT)) {
                try {
                    api = ApiConnection.open(campaign, line.dataFolder(),
                            spring.getBean(CampaignMetrics.class).registry(), out);
                } catch (CampaignFileException noToken) {
                    out.println("Not collecting finished interviews: " + noToken.getMessage());
                }
            }
            context.open(campaign, api == null ? null : api.client(), line.dataFolder(),
                    api != null ? api.sandbox() : campaign.api().sandbox());
            if (api != null) {
                collect(spring.getBean(InterviewCollector.class));
            }
            Bundle bundle = spring.getBean(ExportTasklet.class).writeBundle();
            out.println("Bundle written: " + bundle.folder() + " (" + bundle.rows() + " rows)");
            out.println("Zip: " + bundle.zip());
            return 0;
        } finally {
            if (api != null) {
                api.close();
            }
        }
    }

    private void collect(InterviewCollector collector) throws Exception {
        try {
            int pending = collector.collectNow();
            out.println("Collected the interviews finished so far; " + pending + " still in progress");
        } catch (ApiException e) {
            out.println("The API cannot be reached (" + e.getMessage() + "); the bundle holds what the ledger has");
        }
    }
}
