package com.campaignrunner.screening;

import static org.assertj.core.api.Assertions.assertThat;

import com.campaignrunner.api.ApiSettings;
import com.campaignrunner.api.JobMojitoClient;
import com.campaignrunner.api.PreScreeningPositionRequest;
import com.campaignrunner.api.ResumeTextRequest;
import com.campaignrunner.ledger.LedgerRow;
import com.campaignrunner.ledger.RowState;
import com.campaignrunner.sandbox.SandboxServer;
import com.campaignrunner.sandbox.SandboxSettings;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A row in doubt is resolved only by a screening of this campaign, never by another campaign's. */
class PreviousScreeningTests {

    @TempDir
    Path state;

    @Test
    void aScreeningForAnotherCampaignsPositionDoesNotCountForThisOne() {
        try (SandboxServer sandbox = SandboxServer.start(SandboxSettings.defaults().withFixedLatency(0), state);
                JobMojitoClient client = new JobMojitoClient(new ApiSettings(sandbox.baseUrl(), "t", 4, 0,
                        ApiSettings.RetrySettings.defaults(), Duration.ofSeconds(10)), null)) {
            String earlierCampaignsPosition = position(client, "Backend Engineer");
            String thisCampaignsPosition = position(client, "Backend Engineer");
            client.screenResumeText(new ResumeTextRequest(earlierCampaignsPosition, "Ada Lovelace",
                    "ada@example.com", "GB", "Java Spring REST", "cr-earlier-1", null));
            LedgerRow inDoubt = row("ada@example.com", "cr-this-1");

            assertThat(PreviousScreening.find(client, inDoubt, thisCampaignsPosition)).isEmpty();
            assertThat(PreviousScreening.find(client, inDoubt, null)).isEmpty();
            assertThat(PreviousScreening.find(client, inDoubt, earlierCampaignsPosition)).isPresent();
        }
    }

    private static String position(JobMojitoClient client, String name) {
        return client.createPreScreeningPosition(new PreScreeningPositionRequest(name, "Remote", "GB",
                "Java and Spring", null, "en", "resume", "active")).positionDefSetId();
    }

    private static LedgerRow row(String email, String externalId) {
        return new LedgerRow("this", 2, RowState.SCREENING, "Ada", "Lovelace", null, email, email, null, "GB", null,
                "Backend Engineer", "ada.txt", "TEXT", 10L, null, null, externalId, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 1,
                null, null, null, null, null);
    }
}
