package com.campaignrunner.cli;

import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.campaign.CampaignFileReader;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.CampaignRun;
import com.campaignrunner.job.CampaignSandbox;
import com.campaignrunner.job.RunLock;
import com.campaignrunner.sandbox.SandboxServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code run <campaign-file>}: runs the campaign, or continues it where it stopped. */
public final class RunCommand {

    private final PrintStream out;
    private final PrintStream err;

    RunCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int execute(String[] args) {
        CommandLine line;
        Campaign campaign;
        String token;
        try {
            line = CommandLine.parse(args);
            if (line.help()) {
                out.print(CampaignRunnerCli.usage());
                return 0;
            }
            campaign = CampaignFileReader.read(line.campaignFile());
            token = token(campaign);
        } catch (CommandLine.UsageException | CampaignFileException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        }
        SandboxServer sandbox = null;
        try {
            String baseUrl = campaign.api().baseUrl();
            if (campaign.api().sandbox()) {
                sandbox = CampaignSandbox.start(campaign.sandbox(), line.dataFolder(), token);
                baseUrl = sandbox.baseUrl();
                out.println("Using the JobMojito sandbox at " + baseUrl + " (results are SANDBOX data)");
            }
            ApiSettings settings = new ApiSettings(baseUrl, token, campaign.api().concurrency(),
                    campaign.api().callsPerSecond(), campaign.api().retries(), campaign.api().timeout());
            return run(campaign, line.dataFolder(), settings, sandbox != null);
        } catch (CampaignFileException e) {
            err.println(e.getMessage());
            return CampaignRunnerCli.USAGE;
        } catch (RunLock.CampaignBusyException e) {
            err.println(e.getMessage());
            return CampaignRun.FAILED;
        } catch (Exception e) {
            err.println("The run failed: " + CampaignRun.rootMessage(e));
            return CampaignRun.FAILED;
        } finally {
            if (sandbox != null) {
                sandbox.close();
            }
        }
    }

    private int run(Campaign campaign, Path dataFolder, ApiSettings settings, boolean sandbox) throws Exception {
        try (ConfigurableApplicationContext spring = LedgerDatabase.open(dataFolder);
                JobMojitoClient client = new JobMojitoClient(settings, new SimpleMeterRegistry())) {
            spring.getBean(CampaignContext.class).open(campaign, client, dataFolder, sandbox);
            CampaignRun.Outcome outcome = spring.getBean(CampaignRun.class).run();
            StatusCommand.printSummary(spring, campaign, out);
            if (outcome.problem() != null) {
                err.println(outcome.problem());
            }
            return outcome.exitCode();
        }
    }

    /** The API token: from the environment variable or file the campaign names; never printed. */
    public static String token(Campaign campaign) throws CampaignFileException {
        Campaign.Api api = campaign.api();
        String variable = api.tokenEnvironmentVariable();
        if (variable != null) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        if (api.tokenFile() != null) {
            try {
                String value = Files.readString(Path.of(api.tokenFile()), StandardCharsets.UTF_8).trim();
                if (!value.isEmpty()) {
                    return value;
                }
            } catch (IOException e) {
                throw new CampaignFileException("Cannot read the token file " + api.tokenFile() + ": "
                        + e.getClass().getSimpleName());
            }
        }
        if (api.sandbox()) {
            return CampaignSandbox.DEFAULT_TOKEN;
        }
        throw new CampaignFileException("No API token: set the environment variable " + (variable == null
                ? "named in api.token-env" : variable) + " to your JobMojito API token"
                + (api.tokenFile() == null ? "" : ", or put it in " + api.tokenFile()) + ".");
    }
}
