package com.campaignrunner.api;

/**
 * One row of the {@code job-interview-register-users} answer. The endpoint answers 200 even when rows fail:
 * {@code result} is {@code "ok"} or starts with {@code "Error: "}.
 */
public record RegistrationResult(String name, String email, String externalId, String result,
        String interviewUrl) {

    public boolean ok() {
        return "ok".equalsIgnoreCase(result);
    }
}
