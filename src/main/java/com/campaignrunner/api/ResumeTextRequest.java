package com.campaignrunner.api;

/** Body of {@code POST /job-interview-pre-screening-api-resume-text}. */
public record ResumeTextRequest(String positionId, String candidateName, String candidateEmail,
        String candidateCountryCode, String candidateResume, String candidateExternalId,
        String candidateLinkedinUrl) {

    @Override
    public String toString() {
        return "ResumeTextRequest[positionId=" + positionId + ", candidateExternalId=" + candidateExternalId + "]";
    }
}
