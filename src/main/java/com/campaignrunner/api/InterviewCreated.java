package com.campaignrunner.api;

/** Answer of {@code POST /job-interview-create}. */
public record InterviewCreated(String interviewDefSetId, Double questionsGenerated, Double maxDuration,
        String embedId) {
}
