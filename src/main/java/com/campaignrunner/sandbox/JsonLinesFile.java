package com.campaignrunner.sandbox;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An append-only file of JSON objects, one per line, flushed after every line so that a killed process loses at
 * most the line it was writing. Such a torn line is skipped when the file is read back.
 */
final class JsonLinesFile implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(JsonLinesFile.class);

    private final Path file;
    private final JsonMapper json;
    private final BufferedWriter writer;

    JsonLinesFile(Path file, JsonMapper json) {
        this.file = file;
        this.json = json;
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean tornTail = endsWithoutNewline(file);
            writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
            if (tornTail) {
                // Keeps the next line from being glued to the remains of one a crash cut short.
                writer.newLine();
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open " + file, e);
        }
    }

    synchronized void append(JsonNode line) {
        try {
            writer.write(json.writeValueAsString(line));
            writer.newLine();
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + file, e);
        }
    }

    /** Every complete line of the file; unreadable lines, such as one cut short by a crash, are skipped. */
    static List<JsonNode> read(Path file, JsonMapper json) {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<JsonNode> lines = new ArrayList<>();
        try {
            int number = 0;
            // Decoded leniently: a line cut inside a multi-byte character must not stop the replay.
            String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            for (String line : content.split("\n")) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    lines.add(json.readTree(line));
                } catch (JacksonException torn) {
                    log.warn("Skipped unreadable line {} of {}", number, file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return lines;
    }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file, e);
        }
    }

    private static boolean endsWithoutNewline(Path file) throws IOException {
        if (!Files.exists(file) || Files.size(file) == 0) {
            return false;
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(raf.length() - 1);
            return raf.read() != '\n';
        }
    }
}
