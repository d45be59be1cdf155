package com.campaignrunner.api;

/**
 * Answer of {@code POST /job-interview-create-for-candidate-with-token}. A rejection is still HTTP 200: read
 * {@code status}. {@code already-applied} means an earlier call screened this candidate; nothing new was done.
 */
public record CandidateInterview(String status, String interviewUrl, String positionDefSetId,
        String interviewDefSetId, String profileInterviewId, String reason, String embedId) {

    public boolean alreadyApplied() {
        return "already-applied".equals(status);
    }

    /** The screening recommendation the status stands for, in the words of the pre-screening endpoints. */
    public String recommendation() {
        return switch (status == null ? "" : status) {
            case "ai_accept", "recruiter_accept" -> "ai_accept";
            case "recruiter_action" -> "recruiter_action";
            case "ai_reject", "recruiter_reject" -> "ai_reject";
            default -> null;
        };
    }
}
