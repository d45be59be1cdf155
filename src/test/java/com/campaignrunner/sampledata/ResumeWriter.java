package com.campaignrunner.sampledata;

import com.campaignrunner.sampledata.ResumeDocument.Section;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/** Writes a sample resume as UTF-8 text, PDF or DOCX, chosen by the file name's extension. */
final class ResumeWriter {

    private static final Path FONT_DIRECTORY = Path.of("/usr/share/fonts/truetype/dejavu");
    private static final float MARGIN = 56;
    private static final float BODY_SIZE = 10.5f;
    private static final float LEADING = 14.5f;

    private final Date created;

    ResumeWriter(Date created) {
        this.created = created;
    }

    void write(ResumeDocument resume, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            Files.writeString(file, resume.text(), StandardCharsets.UTF_8);
        } else if (name.endsWith(".pdf")) {
            writePdf(resume, file);
        } else if (name.endsWith(".docx")) {
            writeDocx(resume, file);
        } else {
            throw new IllegalArgumentException("No writer for " + file);
        }
    }

    // DejaVu Sans covers Latin, Greek and Cyrillic; candidates in other scripts get text or DOCX resumes.
    private void writePdf(ResumeDocument resume, Path file) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font regular = PDType0Font.load(document, FONT_DIRECTORY.resolve("DejaVuSans.ttf").toFile());
            PDType0Font bold = PDType0Font.load(document, FONT_DIRECTORY.resolve("DejaVuSans-Bold.ttf").toFile());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;

            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                PdfLines lines = new PdfLines(content, page.getMediaBox().getHeight() - MARGIN);
                lines.show(bold, 16, resume.title());
                lines.show(regular, BODY_SIZE, resume.contact());
                for (Section section : resume.sections()) {
                    lines.skip(LEADING / 2);
                    lines.show(bold, 12, section.heading());
                    for (String line : section.lines()) {
                        for (String wrapped : wrap(line, regular, BODY_SIZE, width)) {
                            lines.show(regular, BODY_SIZE, wrapped);
                        }
                    }
                }
            }

            document.getDocumentInformation().setTitle("Resume of " + resume.title());
            document.getDocumentInformation().setCreator("Campaign Runner sample data");
            document.getDocument().getTrailer().setItem(COSName.ID, documentId(resume));
            document.save(file.toFile());
        }
    }

    // PDFBox would derive the file identifier from the clock; one derived from the content keeps the file stable.
    private static COSArray documentId(ResumeDocument resume) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(resume.text().getBytes(StandardCharsets.UTF_8));
            COSArray id = new COSArray();
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has MD5", e);
        }
    }

    private static List<String> wrap(String line, PDType0Font font, float size, float width) throws IOException {
        List<String> wrapped = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : line.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                wrapped.add(current.toString());
                current.setLength(0);
                current.append("  ").append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        wrapped.add(current.toString());
        return wrapped;
    }

    private static final class PdfLines {

        private final PDPageContentStream content;
        private float y;

        PdfLines(PDPageContentStream content, float top) {
            this.content = content;
            this.y = top;
        }

        void show(PDType0Font font, float size, String text) throws IOException {
            y -= Math.max(LEADING, size * 1.3f);
            if (y < MARGIN) {
                throw new IllegalStateException("A sample resume must fit on one page");
            }
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(text);
            content.endText();
        }

        void skip(float height) {
            y -= height;
        }
    }

    private void writeDocx(ResumeDocument resume, Path file) throws IOException {
        try (XWPFDocument document = new XWPFDocument()) {
            paragraph(document, resume.title(), true, 16);
            paragraph(document, resume.contact(), false, 10);
            for (Section section : resume.sections()) {
                paragraph(document, section.heading(), true, 12);
                section.lines().forEach(line -> paragraph(document, line, false, 11));
            }

            document.getProperties().getCoreProperties().setCreated(Optional.of(created));
            document.getProperties().getCoreProperties().setTitle("Resume of " + resume.title());
            try (OutputStream out = Files.newOutputStream(file)) {
                document.write(out);
            }
        }
    }

    private static void paragraph(XWPFDocument document, String text, boolean bold, int size) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        run.setText(text);
    }
}
