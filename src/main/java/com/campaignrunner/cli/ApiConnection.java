package com.campaignrunner.cli;

import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.job.CampaignSandbox;
import com.campaignrunner.sandbox.SandboxServer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The API a campaign talks to for one command: the client, and the sandbox started for it when the campaign
 * says {@code base-url: sandbox}. Closing it stops both.
 */
public final class ApiConnection implements AutoCloseable {

    private final SandboxServer sandbox;
    private final JobMojitoClient client;

    private ApiConnection(SandboxServer sandbox, JobMojitoClient client) {
        this.sandbox = sandbox;
        this.client = client;
    }

    public static ApiConnection open(Campaign campaign, Path dataFolder, MeterRegistry meters, PrintStream out)
            throws CampaignFileException {
        String token = token(campaign);
        SandboxServer sandbox = null;
        String baseUrl = campaign.api().baseUrl();
        if (campaign.api().sandbox()) {
            sandbox = CampaignSandbox.start(campaign.sandbox(), dataFolder, token);
            baseUrl = sandbox.baseUrl();
            out.println("Using the JobMojito sandbox at " + baseUrl + " (results are SANDBOX data)");
        }
        ApiSettings settings = new ApiSettings(baseUrl, token, campaign.api().concurrency(),
                campaign.api().callsPerSecond(), campaign.api().retries(), campaign.api().timeout());
        return new ApiConnection(sandbox, new JobMojitoClient(settings, meters));
    }

    public JobMojitoClient client() {
        return client;
    }

    public boolean sandbox() {
        return sandbox != null;
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }

    /** The API token: from the environment variable or file the campaign names; never printed. */
    static String token(Campaign campaign) throws CampaignFileException {
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
