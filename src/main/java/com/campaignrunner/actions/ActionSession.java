package com.campaignrunner.actions;

import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.cli.LedgerDatabase;
import com.campaignrunner.cli.RunCommand;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.job.CampaignSandbox;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.setup.CampaignSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a campaign action works with, opened as {@code run} opens it: the ledger, the API client, and the sandbox
 * when the campaign uses {@code base-url: sandbox}. Closed in the reverse order.
 */
final class ActionSession implements AutoCloseable {

    private final Campaign campaign;
    private final SandboxServer sandbox;
    private final JobMojitoClient client;
    private final ConfigurableApplicationContext spring;

    private ActionSession(Campaign campaign, SandboxServer sandbox, JobMojitoClient client,
            ConfigurableApplicationContext spring) {
        this.campaign = campaign;
        this.sandbox = sandbox;
        this.client = client;
        this.spring = spring;
    }

    static ActionSession open(Campaign campaign, Path dataFolder, PrintStream out)
            throws CampaignFileException, IOException {
        String token = RunCommand.token(campaign);
        String baseUrl = campaign.api().baseUrl();
        SandboxServer sandbox = null;
        if (campaign.api().sandbox()) {
            sandbox = CampaignSandbox.start(campaign.sandbox(), dataFolder, token);
            baseUrl = sandbox.baseUrl();
            out.println("Using the JobMojito sandbox at " + baseUrl + " (results are SANDBOX data)");
        }
        JobMojitoClient client = null;
        try {
            client = new JobMojitoClient(new ApiSettings(baseUrl, token, campaign.api().concurrency(),
                    campaign.api().callsPerSecond(), campaign.api().retries(), campaign.api().timeout()),
                    new SimpleMeterRegistry());
            ConfigurableApplicationContext spring = LedgerDatabase.open(dataFolder);
            spring.getBean(CampaignContext.class).open(campaign, client, dataFolder, sandbox != null);
            return new ActionSession(campaign, sandbox, client, spring);
        } catch (IOException | RuntimeException e) {
            if (client != null) {
                client.close();
            }
            if (sandbox != null) {
                sandbox.close();
            }
            throw e;
        }
    }

    Campaign campaign() {
        return campaign;
    }

    JobMojitoClient client() {
        return client;
    }

    Ledger ledger() {
        return spring.getBean(Ledger.class);
    }

    /** The interview the campaign created or named, once setup has run. */
    Optional<String> interviewId() {
        return ledger().resource(campaign.id(), CampaignSetup.interviewKey());
    }

    /** The campaign's rows whose email is {@code email}, ignoring case and surrounding blanks. */
    List<LedgerRow> rowsWithEmail(String email) {
        String key = email.trim().toLowerCase(Locale.ROOT);
        List<LedgerRow> rows = new ArrayList<>();
        ledger().forEachRow(campaign.id(), row -> {
            if (key.equals(row.emailKey())) {
                rows.add(row);
            }
        });
        return rows;
    }

    List<LedgerRow> rows() {
        List<LedgerRow> rows = new ArrayList<>();
        ledger().forEachRow(campaign.id(), rows::add);
        return rows;
    }

    @Override
    public void close() {
        spring.close();
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
