package com.campaignrunner.api;

/** Body of {@code POST /job-interview-result-request-another-attempt}. */
public record AnotherAttemptRequest(String interviewResultId) {
}
