package com.campaignrunner.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The plain text of a resume, for screening. Never logged, never stored: it is personal data. */
public final class ResumeText {

    private ResumeText() {
    }

    public static String extract(Path file, ResumeKind kind) throws IntakeException {
        try {
            return switch (kind) {
                case PDF -> pdf(file);
                case DOCX -> docx(file);
                case DOC -> doc(file);
                case TEXT -> TextEncoding.decode(Files.readAllBytes(file)).replace("\uFEFF", "");
                case UNKNOWN -> throw new IntakeException(file, "resume is not a PDF, Word or text document;"
                        + " ask the candidate for a PDF");
            };
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof IntakeException known) {
                throw known;
            }
            throw new IntakeException(file, "resume text cannot be extracted (" + unreadable.getMessage()
                    + "); ask the candidate for a new copy", unreadable);
        }
    }

    private static String pdf(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    private static String docx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static String doc(Path file) throws IOException {
        try (POIFSFileSystem storage = new POIFSFileSystem(file.toFile(), true);
                HWPFDocument document = new HWPFDocument(storage);
                WordExtractor extractor = new WordExtractor(document)) {
            return extractor.getText();
        }
    }

    /** Letters in the text: a scan has a handful of stray ones at most. */
    static int letterCount(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                letters++;
            }
        }
        return letters;
    }
}
