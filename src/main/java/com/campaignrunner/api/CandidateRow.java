package com.campaignrunner.api;

/** A row of {@code GET /merchant-candidate-list}: one candidate profile and how far it went. */
public record CandidateRow(String id, String profileId, String name, String email, String externalId,
        String status, Integer interviewCount, Integer preScreeningCount) {
}
