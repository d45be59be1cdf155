package com.campaignrunner.sampledata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.Character.UnicodeScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample campaign's spreadsheets, resumes and README from {@link SampleCandidates}. The output is the
 * same on every run, so regenerating only changes what the data changed.
 *
 * <p>Usage: {@code SampleDataGenerator [output folder]}, by default {@code sample-data}.
 */
public final class SampleDataGenerator {

    private static final Instant CREATED = Instant.parse("2026-01-15T09:00:00Z");
    private static final int[] COLUMN_WIDTHS = {14, 16, 34, 20, 10, 26, 46, 24};

    private final Path output;
    private final List<SampleCandidate> candidates;
    private final Map<Integer, ResumeDocument> resumes = new TreeMap<>();

    private SampleDataGenerator(Path output, List<SampleCandidate> candidates) {
        this.output = output;
        this.candidates = candidates;
    }

    public static void main(String[] args) throws IOException {
        Path output = Path.of(args.length > 0 ? args[0] : "sample-data");
        SampleDataGenerator generator = new SampleDataGenerator(output, SampleCandidates.all());
        generator.writeResumes();
        generator.writeWorkbook();
        generator.writeCsv();
        Files.writeString(output.resolve("README.md"), generator.readme(), StandardCharsets.UTF_8);
        System.out.print(generator.screeningTable());
        System.out.println(generator.totals());
    }

    private static int rowNumber(int index) {
        return index + 2;
    }

    private SampleCandidate candidateAt(int rowNumber) {
        return candidates.get(rowNumber - 2);
    }

    private void writeResumes() throws IOException {
        Path folder = output.resolve("resumes");
        Files.createDirectories(folder);
        try (Stream<Path> stale = Files.list(folder)) {
            for (Path file : stale.toList()) {
                Files.delete(file);
            }
        }

        ResumeWriter writer = new ResumeWriter(Date.from(CREATED));
        for (int index = 0; index < candidates.size(); index++) {
            SampleCandidate candidate = candidates.get(index);
            if (candidate.plan() == null) {
                continue;
            }
            ResumeDocument resume = ResumeDocument.of(candidate);
            Path file = folder.resolve(candidate.resume());
            writer.write(resume, file);
            if (file.toString().endsWith(".docx")) {
                normaliseZipTimes(file);
            }
            checkKeywords(candidate, ExpectedScreening.matchedKeywords(ResumeTexts.extract(file)));
            resumes.put(rowNumber(index), resume);
        }
    }

    // A profile promises a screening outcome; a wording change that adds or drops a keyword must not go unnoticed.
    private static void checkKeywords(SampleCandidate candidate, Set<String> extracted) {
        Set<String> promised = candidate.plan().profile().keywords();
        if (!extracted.equals(promised)) {
            throw new IllegalStateException(candidate.resume() + " contains the keywords " + extracted
                    + " but its profile " + candidate.plan().profile() + " promises " + promised);
        }
    }

    private void writeWorkbook() throws IOException {
        Path file = output.resolve("candidates.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Candidates");
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(boldFont);
            CellStyle wholeNumber = workbook.createCellStyle();
            wholeNumber.setDataFormat(workbook.createDataFormat().getFormat("0"));

            XSSFRow headerRow = sheet.createRow(0);
            for (int column = 0; column < SampleCandidate.HEADER.size(); column++) {
                XSSFCell cell = headerRow.createCell(column);
                cell.setCellValue(SampleCandidate.HEADER.get(column));
                cell.setCellStyle(header);
                sheet.setColumnWidth(column, COLUMN_WIDTHS[column] * 256);
            }

            for (int index = 0; index < candidates.size(); index++) {
                SampleCandidate candidate = candidates.get(index);
                if (candidate.blank()) {
                    continue;
                }
                XSSFRow row = sheet.createRow(rowNumber(index) - 1);
                List<String> cells = candidate.cells();
                for (int column = 0; column < cells.size(); column++) {
                    String value = cells.get(column);
                    if (value.isEmpty()) {
                        continue;
                    }
                    XSSFCell cell = row.createCell(column);
                    if (column == 3 && candidate.phoneAsNumber()) {
                        cell.setCellValue((double) Long.parseLong(value));
                        cell.setCellStyle(wholeNumber);
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }

            workbook.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(CREATED)));
            workbook.getProperties().getCoreProperties().setCreator("Campaign Runner sample data");
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        normaliseZipTimes(file);
    }

    // Excel's "CSV UTF-8": a byte order mark, CRLF after every record, quotes only where a field needs them.
    private void writeCsv() throws IOException {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(csvRecord(SampleCandidate.HEADER));
        candidates.forEach(candidate -> csv.append(csvRecord(candidate.cells())));
        Files.writeString(output.resolve("candidates.csv"), csv, StandardCharsets.UTF_8);
    }

    private static String csvRecord(List<String> fields) {
        return fields.stream().map(SampleDataGenerator::csvField).collect(Collectors.joining(",", "", "\r\n"));
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\r") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    // POI stamps every zip entry with the current time; a fixed time keeps regenerated files byte for byte equal.
    private static void normaliseZipTimes(Path file) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file);
                ZipInputStream zipIn = new ZipInputStream(in);
                ZipOutputStream zipOut = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry = zipIn.getNextEntry(); entry != null; entry = zipIn.getNextEntry()) {
                ZipEntry copy = new ZipEntry(entry.getName());
                copy.setTime(CREATED.toEpochMilli());
                zipOut.putNextEntry(copy);
                zipIn.transferTo(zipOut);
                zipOut.closeEntry();
            }
        }
        Files.write(file, rewritten.toByteArray());
    }

    private String screeningTable() {
        StringBuilder table = new StringBuilder();
        table.append("| Row | Candidate | Resume | Keywords found | Score | Recommendation |\n");
        table.append("|---:|---|---|---|---:|---|\n");
        resumes.forEach((row, resume) -> {
            SampleCandidate candidate = candidateAt(row);
            Set<String> found = new TreeSet<>(candidate.plan().profile().keywords());
            int score = ExpectedScreening.score(resume.text());
            table.append("| ").append(row)
                    .append(" | ").append(resume.title())
                    .append(" | `").append(candidate.resume())
                    .append("` | ").append(found.isEmpty() ? "none" : String.join(", ", found))
                    .append(" | ").append(score)
                    .append(" | ").append(ExpectedScreening.recommendation(score)).append(" |\n");
        });
        return table.toString();
    }

    private String totals() {
        Map<String, Long> counts = resumes.values().stream().collect(Collectors.groupingBy(
                resume -> ExpectedScreening.recommendation(ExpectedScreening.score(resume.text())),
                LinkedHashMap::new, Collectors.counting()));
        return resumes.size() + " candidates with a resume: "
                + counts.getOrDefault(ExpectedScreening.ACCEPT, 0L) + " " + ExpectedScreening.ACCEPT + ", "
                + counts.getOrDefault(ExpectedScreening.RECRUITER_ACTION, 0L) + " "
                + ExpectedScreening.RECRUITER_ACTION + ", "
                + counts.getOrDefault(ExpectedScreening.REJECT, 0L) + " " + ExpectedScreening.REJECT + ".";
    }

    private String readme() {
        Map<String, Long> formats = resumes.keySet().stream()
                .map(row -> candidateAt(row).resume().replaceAll(".*\\.", "."))
                .collect(Collectors.groupingBy(extension -> extension, TreeMap::new, Collectors.counting()));
        String mistakes = rowsWhere(candidate -> candidate.mistake() != null).stream()
                .map(row -> "| " + row + " | " + candidateAt(row).mistake() + " |")
                .collect(Collectors.joining("\n"));

        return """
                # Sample campaign data

                Invented candidates for the sample campaign, with the mistakes real spreadsheets have. Everyone
                here is fictional: emails are at example.com and example.org, phone numbers use the 555 01xx
                pattern or numbers reserved for drama. The files are generated; change the generator, not them.

                ## Files

                - `candidates.xlsx`: sheet `Candidates`, bold header in row 1, data in rows 2 to %LAST%. Phones are
                  text cells, except rows %NUMERIC% where the phone is a numeric cell holding the international
                  number without `+`, as happens when someone types it into a sheet.
                - `candidates.csv`: the same rows in the same order, saved the way Excel saves "CSV UTF-8": UTF-8
                  with a byte order mark, commas, CRLF, quotes only around fields holding a comma or a quote
                  (rows %QUOTED%). The blank row is a line of commas.
                - `resumes/`: %RESUMES% resumes (%FORMATS%). PDFs embed DejaVu Sans, so accents, Greek and
                  Cyrillic extract as written; names in other scripts (rows %SCRIPTS%) are in
                  text and DOCX resumes, next to a romanised form.

                Columns: `First Name`, `Last Name`, `Email`, `Phone`, `Country` (ISO 3166 alpha-2, except rows
                %COUNTRY_NAMES% which spell the country out), `Resume` (a file name in `resumes/`), `LinkedIn`
                (some rows), `Source` (where the candidate came from; extra data the campaign carries along).

                ## Deliberate mistakes

                Each mistake is in exactly one row (row 1 is the header):

                | Row | Mistake |
                |---:|---|
                %MISTAKES%

                ## The sample position

                Every campaign file and test that screens this sample uses this position, word for word:

                - name: `%POSITION_NAME%`
                - description: `%POSITION_DESCRIPTION%`

                ## Expected screening

                The sandbox scores a resume against the position without any AI. Words are the lower-cased runs
                of letters and digits (in any script) of the text. The position's keywords are the words of its
                name and description that are in the sandbox's skill list (%SKILLS%):
                %KEYWORDS%.
                The score is 10 × (keywords in the resume) / (keywords of the position); 7 to 10 gives
                `ai_accept`, 4 to 6 `recruiter_action`, 0 to 3 `ai_reject`.

                %TABLE%
                %TOTALS%
                Row %DUPLICATE% repeats row 2's person and resume; rows %NO_RESUME% have no resume file.

                ## Regenerating

                ```
                mvn -q -B -o test-compile
                java -cp "target/test-classes:target/classes:$(mvn -q -B -o dependency:build-classpath \\
                    -Dmdep.outputFile=/dev/stdout)" com.campaignrunner.sampledata.SampleDataGenerator sample-data
                ```

                The generator refuses to write a resume whose keywords differ from what its profile promises, and
                prints the table above. `SampleDataTests` checks the committed files: the workbook and the CSV
                hold the same rows, every resume opens and shows its candidate's email, and the mix holds.
                """
                .replace("%LAST%", Integer.toString(rowNumber(candidates.size() - 1)))
                .replace("%NUMERIC%", joinRows(rowsWhere(SampleCandidate::phoneAsNumber)))
                .replace("%QUOTED%", joinRows(rowsWhere(candidate -> candidate.cells().stream()
                        .anyMatch(cell -> cell.contains(",") || cell.contains("\"")))))
                .replace("%RESUMES%", Integer.toString(resumes.size()))
                .replace("%FORMATS%", formats.entrySet().stream()
                        .map(format -> format.getValue() + " `" + format.getKey() + "`")
                        .collect(Collectors.joining(", ")))
                .replace("%SCRIPTS%", joinRows(rowsWhere(SampleDataGenerator::nameOutsidePdfScripts)))
                .replace("%COUNTRY_NAMES%", joinRows(rowsWhere(candidate -> candidate.country().length() > 2)))
                .replace("%MISTAKES%", mistakes)
                .replace("%POSITION_NAME%", ExpectedScreening.POSITION_NAME)
                .replace("%POSITION_DESCRIPTION%", ExpectedScreening.POSITION_DESCRIPTION)
                .replace("%SKILLS%", String.join(", ", new TreeSet<>(ExpectedScreening.SKILLS)))
                .replace("%KEYWORDS%", ExpectedScreening.positionKeywords().stream()
                        .map(keyword -> "`" + keyword + "`").collect(Collectors.joining(", ")))
                .replace("%TABLE%", screeningTable())
                .replace("%TOTALS%", totals())
                .replace("%DUPLICATE%", joinRows(rowsWhere(this::isRepeat)))
                .replace("%NO_RESUME%", joinRows(rowsWhere(candidate -> !candidate.blank()
                        && (candidate.resume().isEmpty() || candidate.plan() == null && !isRepeat(candidate)))));
    }

    private boolean isRepeat(SampleCandidate candidate) {
        return candidate.plan() == null && !candidate.resume().isEmpty()
                && candidates.stream().anyMatch(other -> other.plan() != null
                        && other.resume().equals(candidate.resume()));
    }

    private static boolean nameOutsidePdfScripts(SampleCandidate candidate) {
        Set<UnicodeScript> pdfScripts = Set.of(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC,
                UnicodeScript.COMMON, UnicodeScript.INHERITED);
        return candidate.fullName().codePoints().anyMatch(codePoint -> !pdfScripts.contains(
                UnicodeScript.of(codePoint)));
    }

    private List<Integer> rowsWhere(Predicate<SampleCandidate> condition) {
        return IntStream.range(0, candidates.size())
                .filter(index -> condition.test(candidates.get(index)))
                .mapToObj(SampleDataGenerator::rowNumber)
                .toList();
    }

    private static String joinRows(List<Integer> rows) {
        List<String> names = new ArrayList<>(rows.stream().map(String::valueOf).toList());
        if (names.size() < 2) {
            return String.join("", names);
        }
        String last = names.remove(names.size() - 1);
        return String.join(", ", names) + " and " + last;
    }
}
