package com.campaignrunner.api;

/** Body of {@code POST /job-interview-set-state}. */
public record InterviewStateRequest(String positionId, String status) {
}
