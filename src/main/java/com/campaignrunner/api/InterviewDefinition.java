package com.campaignrunner.api;

import java.util.List;

/** The parts of {@code GET /job-interview-get} the runner reads; the rest of the answer is ignored. */
public record InterviewDefinition(String id, String name, String status, String type, String mojitoLanguageCode,
        List<Question> questions) {

    public record Question(String id, String question) {
    }
}
