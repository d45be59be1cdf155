package com.campaignrunner.job;

import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.campaign.Campaign;
import java.nio.file.Path;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The campaign this process is running and the client that talks to its API. Set once before a run starts;
 * the steps read it.
 */
@Component
public class CampaignContext {

    private volatile Campaign campaign;
    private volatile JobMojitoClient client;
    private volatile Path dataFolder;
    private volatile boolean sandbox;

    public void open(Campaign campaign, JobMojitoClient client, Path dataFolder, boolean sandbox) {
        this.campaign = campaign;
        this.client = client;
        this.dataFolder = dataFolder;
        this.sandbox = sandbox;
    }

    public Campaign campaign() {
        return Objects.requireNonNull(campaign, "no campaign is open");
    }

    public String campaignId() {
        return campaign().id();
    }

    public JobMojitoClient client() {
        return Objects.requireNonNull(client, "no API client is open");
    }

    public boolean sandbox() {
        return sandbox;
    }

    /** Where the collection step keeps transcripts and reports between runs. */
    public Path collectedFolder() {
        return dataFolder.resolve("campaigns").resolve(campaignId()).resolve("collected");
    }
}
