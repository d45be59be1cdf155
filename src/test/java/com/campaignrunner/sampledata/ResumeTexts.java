package com.campaignrunner.sampledata;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Reads the text back out of a sample resume the way a screening step would. */
final class ResumeTexts {

    private ResumeTexts() {
    }

    static String extract(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Files.readString(file, StandardCharsets.UTF_8);
        }
        if (name.endsWith(".pdf")) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(document);
            }
        }
        if (name.endsWith(".docx")) {
            try (InputStream in = Files.newInputStream(file);
                    XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(in))) {
                return extractor.getText();
            }
        }
        throw new IllegalArgumentException("Not a resume format the sample uses: " + file);
    }
}
