package com.campaignrunner.api;

import java.nio.file.Path;

/** The parts of {@code POST /knowledge-base-document-upload}, sent as a multipart upload. */
public record KnowledgeDocumentRequest(String knowledgeBaseStoreId, String name, Path file, String contentType) {
}
