package com.campaignrunner.api;

/** Answer of {@code POST /job-interview-set-state}: {@code success}, or the embed key when one was asked for. */
public record InterviewState(Boolean success, String embedId, String embedSigningKey) {
}
