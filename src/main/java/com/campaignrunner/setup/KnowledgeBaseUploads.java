package com.campaignrunner.setup;

import com.campaignrunner.api.KnowledgeDocument;
import com.campaignrunner.api.KnowledgeDocumentRequest;
import com.campaignrunner.campaign.Campaign;
import com.campaignrunner.job.CampaignContext;
import com.campaignrunner.ledger.Ledger;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads the campaign's knowledge base documents, each once: an upload is remembered in the ledger under the
 * file's name and SHA-256, so a later run skips it and a changed file is uploaded again.
 */
public final class KnowledgeBaseUploads {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeBaseUploads.class);

    private final CampaignContext context;
    private final Ledger ledger;

    public KnowledgeBaseUploads(CampaignContext context, Ledger ledger) {
        this.context = context;
        this.ledger = ledger;
    }

    /** The ledger resource that remembers one upload of this exact file. */
    public static String resourceKey(Path document) {
        return "knowledge-document:" + document.getFileName() + ":" + sha256(document);
    }

    void upload(String campaignId, Campaign.KnowledgeBase knowledgeBase) {
        for (Path document : knowledgeBase.documents()) {
            String key = resourceKey(document);
            if (ledger.resource(campaignId, key).isPresent()) {
                continue;
            }
            // There is no way to list a store's documents: an upload lost in a crash is sent again.
            ledger.putResource(campaignId, key, null, "CREATING");
            KnowledgeDocument uploaded = context.client().uploadKnowledgeDocument(new KnowledgeDocumentRequest(
                    knowledgeBase.storeId(), document.getFileName().toString(), document, contentType(document)));
            ledger.putResource(campaignId, key, uploaded.knowledgeBaseId(), "CREATED");
            log.info("Uploaded knowledge base document {} ({})", document.getFileName(), uploaded.knowledgeBaseId());
        }
    }

    private static String contentType(Path document) {
        String name = document.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (name.endsWith(".docx")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        if (name.endsWith(".txt") || name.endsWith(".md")) {
            return "text/plain";
        }
        return "application/octet-stream";
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
