package com.campaignrunner.api;

/** Answer of {@code POST /job-interview-create} and {@code /job-interview-create-from-array}. */
public record InterviewCreated(String interviewDefSetId, Double questionsGenerated, Double maxDuration,
        String embedId, String embedSigningKey) {
}
