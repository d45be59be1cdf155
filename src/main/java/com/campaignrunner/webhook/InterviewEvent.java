package com.campaignrunner.webhook;

import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * One JobMojito webhook delivery. The three events (interview_result, interview_collected, interview_failed)
 * share one flat payload without an event name, so the event is told from the statuses. The older wrapped shape
 * {@code {"table": "interview_result", "record": {...}}} is read too.
 *
 * @param interviewResultId the payload's {@code id}, the result the event concerns
 * @param interviewId the interview definition
 */
public record InterviewEvent(String interviewResultId, String interviewId, String status, String interviewStatus,
        String processingStatus, String profileInterviewId, String candidateExternalId, String candidateEmail,
        Double score) {

    /** The event read from a payload, or null when it names no result. */
    static InterviewEvent from(JsonNode body) {
        JsonNode payload = body.has("record") && body.path("record").isObject() ? body.path("record") : body;
        String id = text(payload, "id");
        if (id == null) {
            return null;
        }
        JsonNode score = payload.path("score");
        return new InterviewEvent(id, firstText(payload, "interview_id", "question_set_id"), text(payload, "status"),
                text(payload, "interview_status"), text(payload, "processing_status"),
                text(payload, "profile_interview_id"), text(payload, "candidate_external_id"),
                text(payload, "candidate_email"), score.isNumber() ? score.asDouble() : null);
    }

    /** The event's name as the vendor documents it, for the log. */
    String eventName() {
        String coach = interviewStatus == null ? "" : interviewStatus.toLowerCase(Locale.ROOT);
        if (coach.equals("failed") || coach.equals("abandoned") || coach.startsWith("terminated")) {
            return "interview_failed";
        }
        return "active".equalsIgnoreCase(status) ? "interview_result" : "interview_collected";
    }

    String emailKey() {
        return candidateEmail == null ? null : candidateEmail.trim().toLowerCase(Locale.ROOT);
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.path(name);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asString().trim();
        return text.isEmpty() ? null : text;
    }
}
