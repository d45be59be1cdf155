package com.campaignrunner.api;

import java.util.Map;

/**
 * Answer of {@code POST /job-interview-pdf}, always JSON: a signed URL for a PDF (fetched separately, before
 * {@code pdfExportValidUntil}), the HTML document, or the JSON export.
 */
public record Report(String pdfExportUrl, String pdfExportValidUntil, String htmlExport,
        Map<String, Object> jsonExport) {
}
