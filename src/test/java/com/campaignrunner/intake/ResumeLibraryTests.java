package com.campaignrunner.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResumeLibraryTests {

    private static final String RESUME = "Anne Shirley, warehouse associate with five years of night shifts.";

    @TempDir
    Path folder;

    private Path resumes;

    @BeforeEach
    void resumeFolder() throws IOException {
        resumes = Files.createDirectory(folder.resolve("resumes"));
    }

    @Test
    void textResumeIsFoundDecodedAndHashed() throws IOException {
        Files.writeString(resumes.resolve("anne.txt"), "Léa Bœuf — " + RESUME, Charset.forName("windows-1252"));

        ResumeCheck check = library().check(candidate(2, "anne.txt"));

        assertThat(check.problem()).isNull();
        assertThat(check.kind()).isEqualTo(ResumeKind.TEXT);
        assertThat(check.sha256()).hasSize(64);
        assertThat(check.sizeBytes()).isEqualTo(Files.size(resumes.resolve("anne.txt")));
        assertThat(ResumeText.extract(check.file(), check.kind())).startsWith("Léa Bœuf");
    }

    @Test
    void kindComesFromTheBytesNotTheName() throws IOException {
        writePdf(resumes.resolve("anne.doc"), RESUME);
        writeDocx(resumes.resolve("gilbert.pdf"), RESUME);

        ResumeLibrary library = library();

        assertThat(library.check(candidate(2, "anne.doc")).kind()).isEqualTo(ResumeKind.PDF);
        assertThat(library.check(candidate(3, "gilbert.pdf")).kind()).isEqualTo(ResumeKind.DOCX);
        assertThat(ResumeText.extract(resumes.resolve("gilbert.pdf"), ResumeKind.DOCX)).contains("Anne Shirley");
        assertThat(ResumeText.extract(resumes.resolve("anne.doc"), ResumeKind.PDF)).contains("Anne Shirley");
    }

    @Test
    void namesAreMatchedIgnoringCaseAccentFormAndAMissingExtension() throws IOException {
        Files.writeString(resumes.resolve("greg_lestrade_resume.txt"), RESUME);
        Files.writeString(resumes.resolve(Normalizer.normalize("Léa_cv.txt", Normalizer.Form.NFD)), RESUME);
        Files.writeString(resumes.resolve("jo_march.txt"), RESUME);
        ResumeLibrary library = library();

        ResumeCheck byCase = library.check(candidate(2, "Greg_Lestrade_Resume.TXT"));
        ResumeCheck byForm = library.check(candidate(3, Normalizer.normalize("Léa_cv.txt", Normalizer.Form.NFC)));
        ResumeCheck byBase = library.check(candidate(4, "jo_march"));

        assertThat(List.of(byCase, byForm, byBase)).allMatch(ResumeCheck::usable);
        assertThat(byCase.problem().message()).contains("ignoring letter case");
        assertThat(byBase.file().getFileName().toString()).isEqualTo("jo_march.txt");
        assertThat(library.unmatchedFiles()).isEmpty();
    }

    @Test
    void rowWithoutAFileNameFindsTheResumeByNameOrEmail() throws IOException {
        Files.writeString(resumes.resolve("CV - Anne_Shirley (2025).txt"), RESUME);
        Files.writeString(resumes.resolve("other.txt"), RESUME);
        ResumeLibrary library = library();

        ResumeCheck found = library.check(candidate(2, null));
        ResumeCheck none = library.check(new Candidate(3, "Jo", "March", "Jo March", "jo@example.com", null, null,
                null, null, null, new LinkedHashMap<>(), List.of()));

        assertThat(found.usable()).isTrue();
        assertThat(found.file().getFileName().toString()).isEqualTo("CV - Anne_Shirley (2025).txt");
        ResumeCheck misnamed = library.check(candidate(4, "anne_shirley_final.pdf"));
        assertThat(none.problem().message()).isEqualTo("no resume for this candidate");
        assertThat(misnamed.usable()).isTrue();
        assertThat(misnamed.problem().message()).contains("anne_shirley_final.pdf does not exist");
        assertThat(none.problem().isError()).isTrue();
        assertThat(library.unmatchedFiles()).containsExactly("other.txt");
    }

    @Test
    void namesLeavingTheFolderAreRefused() throws IOException {
        Files.writeString(folder.resolve("secret.txt"), RESUME);
        ResumeLibrary library = library();

        for (String name : List.of("../secret.txt", folder.resolve("secret.txt").toString())) {
            ResumeCheck check = library.check(candidate(2, name));
            assertThat(check.file()).isNull();
            assertThat(check.problem().message()).isEqualTo("resume file name points outside the resume folder");
        }
    }

    @Test
    void eachBadFileGetsItsOwnReason() throws IOException {
        Files.write(resumes.resolve("empty.pdf"), new byte[0]);
        Files.write(resumes.resolve("photo.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
        Files.writeString(resumes.resolve("broken.pdf"), "%PDF-1.7\nthis is not a PDF body at all\n");
        String twoMegabytes = ("x".repeat(99) + "\n").repeat(21_000);
        Files.write(resumes.resolve("big.txt"), twoMegabytes.getBytes(StandardCharsets.UTF_8));
        writePdf(resumes.resolve("scan.pdf"), "");
        writePdf(resumes.resolve("locked.pdf"), RESUME);
        protect(resumes.resolve("locked.pdf"), "user-secret");
        writePdf(resumes.resolve("owner_only.pdf"), RESUME);
        protect(resumes.resolve("owner_only.pdf"), "");
        ResumeLibrary library = new ResumeLibrary(resumes, 1024 * 1024);

        assertThat(messageFor(library, "empty.pdf")).isEqualTo("resume file is empty (0 bytes)");
        assertThat(messageFor(library, "photo.pdf")).isEqualTo("resume is an image, not a document");
        assertThat(messageFor(library, "broken.pdf")).isEqualTo("resume PDF is damaged");
        assertThat(messageFor(library, "big.txt")).isEqualTo("resume file is larger than 1 MB");
        assertThat(messageFor(library, "scan.pdf")).isEqualTo("resume has no extractable text (scanned image)");
        assertThat(messageFor(library, "locked.pdf")).isEqualTo("resume PDF is password-protected");
        assertThat(messageFor(library, "missing.pdf")).isEqualTo("resume file not found: missing.pdf");
        ResumeCheck ownerOnly = library.check(candidate(2, "owner_only.pdf"));
        assertThat(ownerOnly.problem()).isNull();
        assertThat(ResumeText.extract(ownerOnly.file(), ownerOnly.kind())).contains("Anne Shirley");
    }

    @Test
    void problemsNameTheRowAndTheColumn() {
        ResumeCheck check = library().check(candidate(12, "nowhere.pdf"), "CV");

        assertThat(check.problem().rowNumber()).isEqualTo(12);
        assertThat(check.problem().column()).isEqualTo("CV");
        assertThat(check.problem().value()).isEqualTo("nowhere.pdf");
        assertThat(check.problem().fix()).contains("resume folder");
    }

    private String messageFor(ResumeLibrary library, String name) {
        return library.check(candidate(2, name)).problem().message();
    }

    private ResumeLibrary library() {
        return new ResumeLibrary(resumes, 10L * 1024 * 1024);
    }

    private static Candidate candidate(int row, String resumeFile) {
        return new Candidate(row, "Anne", "Shirley", "Anne Shirley", "anne.shirley@example.com", null, "CA", null,
                null, resumeFile, new LinkedHashMap<>(), List.of());
    }

    private static void writePdf(Path file, String text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            if (!text.isEmpty()) {
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(50, 700);
                    content.showText(text);
                    content.endText();
                }
            }
            document.save(file.toFile());
        }
    }

    private static void protect(Path file, String userPassword) throws IOException {
        try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(256);
            document.protect(policy);
            document.save(file.toFile());
        }
    }

    private static void writeDocx(Path file, String text) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
        }
    }
}
