package com.campaignrunner.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.extractor.WordExtractor;

/**
 * Reads the text of an uploaded resume: PDF, DOCX, DOC or plain text, told apart by their first bytes rather than
 * by a file name the caller may have got wrong. A file that cannot be read gives empty text, which the screening
 * answers like an unreadable resume.
 */
final class ResumeText {

    private static final int MAX_DOCX_XML_BYTES = 50 * 1024 * 1024;

    private ResumeText() {
    }

    static String extract(byte[] file) {
        try {
            if (startsWith(file, 0x25, 0x50, 0x44, 0x46)) {
                return fromPdf(file);
            }
            if (startsWith(file, 0x50, 0x4B, 0x03, 0x04)) {
                return fromDocx(file);
            }
            if (startsWith(file, 0xD0, 0xCF, 0x11, 0xE0)) {
                return fromDoc(file);
            }
            return new String(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String fromPdf(byte[] file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String fromDocx(byte[] file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    byte[] xml = zip.readNBytes(MAX_DOCX_XML_BYTES);
                    return wordXmlToText(new String(xml, StandardCharsets.UTF_8));
                }
            }
        }
        return "";
    }

    private static String wordXmlToText(String xml) {
        String text = xml.replaceAll("</w:p>|<w:br/>|<w:tab/>", "\n").replaceAll("<[^>]*>", "");
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    private static String fromDoc(byte[] file) throws IOException {
        try (WordExtractor extractor = new WordExtractor(new ByteArrayInputStream(file))) {
            return extractor.getText();
        }
    }

    private static boolean startsWith(byte[] file, int... magic) {
        if (file.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((file[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
