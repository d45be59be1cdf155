package com.campaignrunner.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The campaign's resume folder. Finds each candidate's resume, by the file name in the row or else by the
 * candidate's email or name in a file name, and checks that it is a document with text in it. A bad file is a
 * problem on the row, never an exception. Results are kept per file, since many rows can share one.
 */
public final class ResumeLibrary {

    /** Fewer letters than this and the document is taken for a scan. */
    private static final int MIN_LETTERS = 20;

    private final Path folder;
    private final long maxBytes;
    private final Map<String, Path> byName = new TreeMap<>();
    private final Map<String, List<Path>> byLowerName = new HashMap<>();
    private final Map<String, List<Path>> byFoldedName = new HashMap<>();
    private final Map<String, List<Path>> byFoldedBaseName = new HashMap<>();
    private final Map<Path, Inspection> inspections = new HashMap<>();
    private final Set<Path> matched = new HashSet<>();

    private record Inspection(ResumeKind kind, long size, String sha256, String message, String fix) {
    }

    public ResumeLibrary(Path folder, long maxBytes) {
        this.folder = folder.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        if (!Files.isDirectory(this.folder)) {
            throw new IntakeException(folder, "resume folder not found; check the path in the campaign file");
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(this.folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file) || name.startsWith(".")) {
                    continue;
                }
                byName.put(name, file);
                byLowerName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(file);
                byFoldedName.computeIfAbsent(fold(name), k -> new ArrayList<>()).add(file);
                byFoldedBaseName.computeIfAbsent(fold(baseName(name)), k -> new ArrayList<>()).add(file);
            }
        } catch (IOException unreadable) {
            throw new IntakeException(folder, "resume folder cannot be listed: " + unreadable.getMessage(),
                    unreadable);
        }
    }

    /** Finds and inspects the candidate's resume. Never throws for a missing or bad file. */
    public ResumeCheck check(Candidate candidate) {
        return check(candidate, "resume_file");
    }

    /**
     * Same as {@link #check(Candidate)}, with problems reported on the given column header, as written in the
     * candidate file.
     */
    public ResumeCheck check(Candidate candidate, String resumeColumn) {
        int row = candidate.rowNumber();
        String named = candidate.resumeFile();
        Path file;
        RowProblem matchNote = null;

        if (named != null && !named.isBlank()) {
            Path outside = outsideFolder(named);
            if (outside != null) {
                return notFound(RowProblem.error(row, resumeColumn, named,
                        "resume file name points outside the resume folder",
                        "write only the file name, and put the file in the resume folder"));
            }
            Match match = findByName(named);
            if (match.file() == null && !match.ambiguous()) {
                Match byCandidate = findByCandidate(candidate);
                if (byCandidate.file() != null) {
                    match = new Match(byCandidate.file(), "by the candidate's " + byCandidate.how()
                            + " because " + named + " does not exist", false);
                }
            }
            if (match.file() == null) {
                return notFound(RowProblem.error(row, resumeColumn, named,
                        match.ambiguous() ? "several resume files match the name " + named
                                : "resume file not found: " + named,
                        match.ambiguous() ? "write the exact file name"
                                : "put the file in the resume folder or correct the name"));
            }
            file = match.file();
            if (match.how() != null) {
                matchNote = RowProblem.warning(row, resumeColumn, named,
                        "resume matched " + match.how() + ": " + file.getFileName(),
                        "write the exact file name to be sure");
            }
        } else {
            Match match = findByCandidate(candidate);
            if (match.file() == null) {
                return notFound(RowProblem.error(row, resumeColumn, "", match.ambiguous()
                        ? "no resume for this candidate: several files carry this candidate's name"
                        : "no resume for this candidate", "name the resume file in the row"));
            }
            file = match.file();
            matchNote = RowProblem.warning(row, resumeColumn, "", "resume found by the candidate's "
                    + match.how() + ": " + file.getFileName(), "name the resume file in the row to be sure");
        }

        matched.add(file);
        Inspection inspection = inspections.computeIfAbsent(file, this::inspect);
        RowProblem problem = inspection.message() == null ? matchNote
                : RowProblem.error(row, resumeColumn, named == null ? file.getFileName().toString() : named,
                        inspection.message(), inspection.fix());
        return new ResumeCheck(file, inspection.kind(), inspection.size(), inspection.sha256(), problem);
    }

    /** Resume files that no checked row matched, by name, sorted. */
    public List<String> unmatchedFiles() {
        List<String> unmatched = new ArrayList<>();
        byName.forEach((name, file) -> {
            if (!matched.contains(file)) {
                unmatched.add(name);
            }
        });
        return unmatched;
    }

    public Path folder() {
        return folder;
    }

    private record Match(Path file, String how, boolean ambiguous) {

        static final Match NONE = new Match(null, null, false);
        static final Match AMBIGUOUS = new Match(null, null, true);
    }

    private Match findByName(String named) {
        String name = named.strip();
        if (name.contains("/") || name.contains("\\")) {
            Path nested = folder.resolve(name).normalize();
            return Files.isRegularFile(nested) ? new Match(nested, null, false) : Match.NONE;
        }
        Path exact = byName.get(name);
        if (exact != null) {
            return new Match(exact, null, false);
        }
        Match byCase = unique(byLowerName.get(name.toLowerCase(Locale.ROOT)), "ignoring letter case");
        if (byCase != Match.NONE) {
            return byCase;
        }
        Match byAccents = unique(byFoldedName.get(fold(name)), "ignoring accents and letter case");
        if (byAccents != Match.NONE) {
            return byAccents;
        }
        return unique(byFoldedBaseName.get(fold(name)), "without the extension");
    }

    private Match findByCandidate(Candidate candidate) {
        if (candidate.email() != null) {
            Match byEmail = containing(key(candidate.email()), "email");
            if (byEmail != Match.NONE) {
                return byEmail;
            }
        }
        if (candidate.firstName() != null && candidate.lastName() != null) {
            return containing(key(candidate.firstName() + "_" + candidate.lastName()), "name");
        }
        return Match.NONE;
    }

    private Match containing(String wanted, String how) {
        if (wanted.length() < 3) {
            return Match.NONE;
        }
        List<Path> hits = new ArrayList<>();
        for (Map.Entry<String, Path> entry : byName.entrySet()) {
            if (("_" + key(entry.getKey()) + "_").contains("_" + wanted + "_")) {
                hits.add(entry.getValue());
            }
        }
        return hits.isEmpty() ? Match.NONE : hits.size() > 1 ? Match.AMBIGUOUS : new Match(hits.get(0), how, false);
    }

    private static Match unique(List<Path> hits, String how) {
        if (hits == null || hits.isEmpty()) {
            return Match.NONE;
        }
        return hits.size() == 1 ? new Match(hits.get(0), how, false) : Match.AMBIGUOUS;
    }

    /** The name resolved, when it leaves the folder (an absolute path, {@code ..}); null when it stays inside. */
    private Path outsideFolder(String named) {
        try {
            Path given = Path.of(named.strip());
            Path resolved = folder.resolve(given).normalize();
            if (given.isAbsolute() || !resolved.startsWith(folder) || named.contains("..")) {
                return resolved;
            }
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(folder.toRealPath())) {
                return resolved;
            }
            return null;
        } catch (InvalidPathException | IOException invalid) {
            return folder;
        }
    }

    private static ResumeCheck notFound(RowProblem problem) {
        return new ResumeCheck(null, ResumeKind.UNKNOWN, 0, null, problem);
    }

    private Inspection inspect(Path file) {
        long size;
        String sha256;
        byte[] head = new byte[8];
        int headLength;
        try {
            size = Files.size(file);
            if (size == 0) {
                return new Inspection(ResumeKind.UNKNOWN, 0, sha256(file), "resume file is empty (0 bytes)",
                        "ask the candidate for the resume again");
            }
            sha256 = sha256(file);
            try (InputStream in = Files.newInputStream(file)) {
                headLength = in.readNBytes(head, 0, head.length);
            }
        } catch (IOException unreadable) {
            return new Inspection(ResumeKind.UNKNOWN, 0, null, "resume file cannot be read: "
                    + unreadable.getMessage(), "check the file's permissions");
        }
        if (size > maxBytes) {
            return new Inspection(ResumeKind.UNKNOWN, size, sha256, "resume file is larger than "
                    + megabytes(maxBytes) + " MB", "ask the candidate for a smaller file, or compress the PDF");
        }
        ResumeKind kind = kindOf(file, head, headLength);
        if (kind == null) {
            return new Inspection(ResumeKind.UNKNOWN, size, sha256, "resume is an image, not a document",
                    "ask the candidate for a PDF or Word resume");
        }
        if (kind == ResumeKind.UNKNOWN) {
            return new Inspection(kind, size, sha256, "resume is not a PDF, Word or text document",
                    "ask the candidate for a PDF or Word resume");
        }
        String textProblem = kind == ResumeKind.PDF ? checkPdf(file) : checkText(file, kind);
        if (textProblem != null) {
            return new Inspection(kind, size, sha256, textProblem, kind == ResumeKind.PDF
                    && textProblem.contains("password") ? "ask the candidate for a copy without a password"
                    : "ask the candidate for a resume with selectable text, such as a PDF exported from Word");
        }
        return new Inspection(kind, size, sha256, null, null);
    }

    /** The kind from the bytes; null for an image, which is refused with its own message. */
    private static ResumeKind kindOf(Path file, byte[] head, int length) {
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            return ResumeKind.PDF;
        }
        if (startsWith(head, length, 'P', 'K', 3, 4)) {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry body = zip.getEntry("word/document.xml");
                return body != null ? ResumeKind.DOCX : ResumeKind.UNKNOWN;
            } catch (IOException broken) {
                return ResumeKind.UNKNOWN;
            }
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ResumeKind.DOC;
        }
        if (startsWith(head, length, 0x89, 'P', 'N', 'G') || startsWith(head, length, 0xFF, 0xD8, 0xFF)
                || startsWith(head, length, 'G', 'I', 'F', '8')) {
            return null;
        }
        return looksLikeText(file) ? ResumeKind.TEXT : ResumeKind.UNKNOWN;
    }

    private static boolean looksLikeText(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] prefix = in.readNBytes(TextEncoding.SNIFF_BYTES);
            TextEncoding.Detected detected = TextEncoding.detect(prefix, prefix.length);
            String text = new String(prefix, detected.bomLength(), prefix.length - detected.bomLength(),
                    detected.charset());
            long control = text.chars().filter(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
                    .count();
            return control <= text.length() / 100;
        } catch (IOException unreadable) {
            return false;
        }
    }

    /**
     * A PDF that asks for a password to open is refused; one with only an owner password (printing or copying
     * restricted) opens without one and is read like any other.
     */
    private static String checkPdf(Path file) {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            return ResumeText.letterCount(text) < MIN_LETTERS ? "resume has no extractable text (scanned image)"
                    : null;
        } catch (InvalidPasswordException locked) {
            return "resume PDF is password-protected";
        } catch (IOException | RuntimeException broken) {
            return "resume PDF is damaged";
        }
    }

    private static String checkText(Path file, ResumeKind kind) {
        try {
            String text = ResumeText.extract(file, kind);
            return ResumeText.letterCount(text) < MIN_LETTERS ? "resume has no extractable text" : null;
        } catch (IntakeException broken) {
            return kind == ResumeKind.TEXT ? "resume text cannot be read"
                    : "resume Word document is damaged";
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }

    private static String megabytes(long bytes) {
        long mb = bytes / (1024 * 1024);
        return mb > 0 ? Long.toString(mb) : String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024));
    }

    private static boolean startsWith(byte[] head, int length, int... expected) {
        if (length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((head[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /** File names compared without case, accents or composed/decomposed differences. */
    private static String fold(String name) {
        return CellText.stripAccents(Normalizer.normalize(name, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
    }

    private static String baseName(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** A name or email as words joined by underscores: {@code Léa.Bœuf@x.org} is {@code lea_boeuf_x_org}. */
    private static String key(String text) {
        return CellText.stripAccents(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
    }
}
