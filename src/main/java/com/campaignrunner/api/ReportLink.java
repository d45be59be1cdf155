package com.campaignrunner.api;

/** Answer of {@code POST /job-interview-pdf} for a PDF: a signed URL, fetched separately, and its expiry. */
public record ReportLink(String pdfExportUrl, String pdfExportValidUntil) {
}
