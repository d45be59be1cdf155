package com.campaignrunner.api;

/**
 * A row of {@code GET /merchant-result-list}. {@code id} is the position-result row; details and reports
 * need {@code interviewResultId}.
 */
public record ResultRow(String id, String interviewResultId, String profileInterviewId, String candidateName,
        String candidateEmail, String externalId, String status, String coachStatus, String processingStatus,
        String decisionStatus, String positionStep, Double score, String updatedAt, String definitionId) {
}
