package com.campaignrunner.export;

import com.campaignrunner.api.ApiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** manifest.json: what the bundle is, and the size and SHA-256 of every other file in it, to check a copy by. */
final class Manifest {

    static final String FILE_NAME = "manifest.json";

    private Manifest() {
    }

    static Path write(Path folder, ExportRequest request, Instant generatedAt, Tally tally) throws IOException {
        ObjectNode manifest = ApiJson.mapper().createObjectNode();
        ObjectNode campaign = manifest.putObject("campaign");
        campaign.put("id", request.campaignId());
        campaign.put("title", request.campaignTitle());
        manifest.put("generatedAt", generatedAt.toString());
        manifest.put("sandbox", request.sandbox());
        if (request.previousExportAt() != null) {
            manifest.put("previousExportAt", request.previousExportAt().toString());
        }

        ArrayNode runs = manifest.putArray("runs");
        for (RunInfo run : request.runs()) {
            ObjectNode node = runs.addObject();
            node.put("executionId", run.executionId());
            node.put("status", run.status());
            node.put("started", run.started() == null ? null : run.started().toString());
            node.put("ended", run.ended() == null ? null : run.ended().toString());
        }

        manifest.put("rows", tally.rows());
        manifest.put("newRows", tally.newRows());
        ObjectNode outcomes = manifest.putObject("outcomes");
        tally.outcomes().forEach(outcomes::put);
        ObjectNode credits = manifest.putObject("credits");
        double total = 0;
        for (Map.Entry<String, Double> credit : new TreeMap<>(request.creditsByEndpoint()).entrySet()) {
            credits.put(credit.getKey(), credit.getValue());
            total += credit.getValue() == null ? 0 : credit.getValue();
        }
        manifest.put("creditsTotal", total);

        ArrayNode files = manifest.putArray("files");
        for (Path relative : OwnerOnlyFiles.files(folder)) {
            Path file = folder.resolve(relative);
            ObjectNode node = files.addObject();
            node.put("path", OwnerOnlyFiles.relativeName(relative));
            node.put("size", Files.size(file));
            node.put("sha256", OwnerOnlyFiles.sha256(file));
        }

        Path target = folder.resolve(FILE_NAME);
        ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValue(target.toFile(), manifest);
        return target;
    }
}
