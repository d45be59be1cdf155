package com.campaignrunner.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.campaignrunner.sandbox.SandboxSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The campaign file's {@code sandbox:} section: latency fixed or drawn from a range, and faults. */
class CampaignSandboxTests {

    @Test
    void latencyIsFixedOrDrawnEvenlyFromARange() throws Exception {
        SandboxSettings fixed = CampaignSandbox.settings(Map.of("latency-ms", "40"));
        SandboxSettings range = CampaignSandbox.settings(Map.of("latency-ms", "5..30", "ai-latency-ms", "200..600"));

        assertThat(fixed.latencyMinMillis()).isEqualTo(40).isEqualTo(fixed.latencyMaxMillis());
        assertThat(fixed.aiLatencyMinMillis()).isEqualTo(40).isEqualTo(fixed.aiLatencyMaxMillis());
        assertThat(range.latencyMinMillis()).isEqualTo(5);
        assertThat(range.latencyMaxMillis()).isEqualTo(30);
        assertThat(range.aiLatencyMinMillis()).isEqualTo(200);
        assertThat(range.aiLatencyMaxMillis()).isEqualTo(600);
    }

    @Test
    void perRowErrorsAndFaultsAreReadAndNonsenseIsRefused() throws Exception {
        SandboxSettings faults = CampaignSandbox.settings(Map.of("row-error-rate", "0.2", "rate-429", "0.1"));

        assertThat(faults.rowErrorShare()).isEqualTo(0.2);
        assertThat(faults.rateLimitShare()).isEqualTo(0.1);
        assertThatThrownBy(() -> CampaignSandbox.settings(Map.of("latency-ms", "30..5")))
                .hasMessageContaining("sandbox.latency-ms");
    }
}
