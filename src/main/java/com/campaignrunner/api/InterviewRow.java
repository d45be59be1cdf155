package com.campaignrunner.api;

/** A row of {@code GET /merchant-interview-list}: one interview definition of the merchant. */
public record InterviewRow(String id, String name, String type, String status, String visibility,
        String mojitoLanguageCode, Integer interviewCount, String createdAt, String updatedAt) {
}
