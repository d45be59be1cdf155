package com.campaignrunner.export;

import java.time.Instant;

/** One job execution of the campaign, as the Summary sheet and the manifest list it. */
public record RunInfo(long executionId, String status, Instant started, Instant ended) {
}
