package com.campaignrunner.api;

/** Body of {@code POST /job-interview-token}; which ids are needed depends on {@code type}. */
public record InterviewTokenRequest(String type, String interviewProfileId, String interviewId,
        String interviewResultId) {
}
