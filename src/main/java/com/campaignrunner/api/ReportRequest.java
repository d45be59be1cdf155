package com.campaignrunner.api;

/** Body of {@code POST /job-interview-pdf}. */
public record ReportRequest(String exportType, String interviewResultId, String template, Boolean storeFile) {
}
