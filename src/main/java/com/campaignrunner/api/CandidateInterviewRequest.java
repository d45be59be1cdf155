package com.campaignrunner.api;

/**
 * Body of {@code POST /job-interview-create-for-candidate-with-token}: one call pre-screens one candidate against
 * a position, enrols them on its interview and answers with a ready link.
 */
public record CandidateInterviewRequest(String positionDefSetId, String interviewTemplateId,
        String mojitoLanguageCode, String candidateName, String candidateEmail, String candidateCountryCode,
        String candidateResume, String candidateExternalId, String candidateLinkedinUrl, Double maxDuration) {

    @Override
    public String toString() {
        return "CandidateInterviewRequest[positionDefSetId=" + positionDefSetId + ", candidateExternalId="
                + candidateExternalId + "]";
    }
}
