package com.campaignrunner.api;

/** Answer of {@code POST /knowledge-base-document-upload}; the document is processed later, out of sight. */
public record KnowledgeDocument(String knowledgeBaseId) {
}
