package com.campaignrunner.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders interview reports as a real PDF, plainly marked as made by the sandbox. Uses the standard Helvetica
 * font, so characters it cannot encode are replaced with a question mark; the text stays extractable.
 */
final class ReportDocument {

    static final String MARK = "SANDBOX REPORT";

    /** One interview's content for the report. */
    record Section(String positionName, String candidateName, String candidateEmail, Double score, String status,
            String summary, List<String> transcriptLines) {
    }

    private static final float MARGIN = 50;
    private static final float BODY_SIZE = 10;
    private static final float LEADING = 14;

    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final Map<Integer, Boolean> encodable = new HashMap<>();

    private PDDocument document;
    private PDPageContentStream content;
    private float y;

    static byte[] render(List<Section> sections) {
        return new ReportDocument().write(sections);
    }

    private byte[] write(List<Section> sections) {
        try (PDDocument pdf = new PDDocument()) {
            document = pdf;
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(MARK + ": interview report");
            info.setProducer("Campaign Runner sandbox");
            for (Section section : sections) {
                newPage();
                line(bold, 9, MARK + " - made by the JobMojito sandbox, not by the real service");
                y -= LEADING;
                line(bold, 16, "Interview report: " + section.positionName());
                line(regular, 12, "Candidate: " + section.candidateName() + " <" + section.candidateEmail() + ">");
                line(regular, 12, "Score: " + (section.score() == null ? "none" : section.score() + " / 10")
                        + "    Status: " + section.status());
                y -= LEADING;
                line(bold, 12, "AI summary");
                paragraph(section.summary());
                y -= LEADING;
                line(bold, 12, "Transcript");
                for (String transcriptLine : section.transcriptLines()) {
                    paragraph(transcriptLine);
                }
            }
            content.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the sandbox report", e);
        }
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }

    private void paragraph(String text) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        StringBuilder current = new StringBuilder();
        for (String word : encodableText(text == null ? "" : text).split("\\s+")) {
            String candidate = current.length() == 0 ? word : current + " " + word;
            if (current.length() > 0 && regular.getStringWidth(candidate) / 1000 * BODY_SIZE > width) {
                line(regular, BODY_SIZE, current.toString());
                current.setLength(0);
                current.append(word);
            } else {
                current.setLength(0);
                current.append(candidate);
            }
        }
        line(regular, BODY_SIZE, current.toString());
    }

    private void line(PDType1Font font, float size, String text) throws IOException {
        if (y < MARGIN + LEADING) {
            newPage();
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y);
        content.showText(encodableText(text));
        content.endText();
        y -= Math.max(LEADING, size + 4);
    }

    private String encodableText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            int printable = Character.isISOControl(codePoint) ? ' ' : codePoint;
            out.appendCodePoint(canEncode(printable) ? printable : '?');
        });
        return out.toString();
    }

    private boolean canEncode(int codePoint) {
        return encodable.computeIfAbsent(codePoint, c -> {
            try {
                regular.encode(new String(Character.toChars(c)));
                bold.encode(new String(Character.toChars(c)));
                return true;
            } catch (IOException | IllegalArgumentException cannot) {
                return false;
            }
        });
    }
}
