package com.campaignrunner.api;

/** Query of {@code GET /merchant-interview-list}; null values are left out. */
public record InterviewListQuery(String type, String status, String filterText, int limit, int offset) {
}
