package com.campaignrunner.api;

/**
 * Answer of both pre-screening endpoints. The API answers 200 in two shapes: a full result, or only
 * {@code decision_status} and {@code message} when the candidate cannot be screened (already screened, for
 * example). {@link #screened()} tells them apart.
 */
public record ScreeningAnswer(Boolean success, String decisionStatus, String recommendation,
        String profileInterviewId, String interviewResultPreScreeningId, String interviewFileId,
        Double preScreeningScore, String resumeAiAnalysis, String resumeAiEducation,
        Double resumeAiTechnicalExperience, Boolean resumeAiIsSwitchingProfession, String processingReason,
        String message) {

    public boolean screened() {
        return success != null || recommendation != null;
    }
}
