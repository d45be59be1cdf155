package com.campaignrunner.api;

import java.util.Locale;

/**
 * One row of the {@code invite-users} answer. The endpoint answers 200 even when rows fail: {@code result} is
 * {@code Invited}, {@code Skipped} (invited before and not forced), another success word, or {@code Error: ...}.
 */
public record InvitationResult(String email, String name, String type, String interviewId, String result,
        String profileId, String profileInterviewId) {

    public boolean invited() {
        return "Invited".equalsIgnoreCase(result) || "Activated".equalsIgnoreCase(result);
    }

    public boolean skipped() {
        return "Skipped".equalsIgnoreCase(result);
    }

    public boolean failed() {
        return result == null || result.toLowerCase(Locale.ROOT).startsWith("error");
    }
}
