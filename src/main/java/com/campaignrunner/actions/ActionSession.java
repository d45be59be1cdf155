package com.campaignrunner.actions;

import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.campaign.CampaignFileException;
import com.campaignrunner.cli.ApiConnection;
import com.campaignrunner.cli.CommandLine;
import com.campaignrunner.cli.LedgerDatabase;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.setup.CampaignSetup;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
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
    private final ConfigurableApplicationContext spring;
    private final ApiConnection api;

    private ActionSession(Campaign campaign, ConfigurableApplicationContext spring, ApiConnection api) {
        this.campaign = campaign;
        this.spring = spring;
        this.api = api;
    }

    static ActionSession open(Campaign campaign, CommandLine line, PrintStream out)
            throws CampaignFileException, CommandLine.UsageException, IOException {
        ConfigurableApplicationContext spring = LedgerDatabase.open(line);
        try {
            ApiConnection api = ApiConnection.open(campaign, line.dataFolder(), new SimpleMeterRegistry(), out);
            spring.getBean(CampaignContext.class).open(campaign, api.client(), line.dataFolder(), api.sandbox());
            return new ActionSession(campaign, spring, api);
        } catch (CampaignFileException | RuntimeException e) {
            spring.close();
            throw e;
        }
    }

    Campaign campaign() {
        return campaign;
    }

    JobMojitoClient client() {
        return api.client();
    }

    Ledger ledger() {
        return spring.getBean(Ledger.class);
    }

    /** The interview the campaign created or named, once setup has run. */
    Optional<String> interviewId() {
        return ledger().resource(campaign.id(), CampaignSetup.interviewKey());
    }

    /** The status the campaign's interview was closed with by {@code close}, if it was. */
    Optional<String> closedAs() {
        return ledger().resource(campaign.id(), CampaignSetup.CLOSED);
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
        api.close();
        spring.close();
    }
}
