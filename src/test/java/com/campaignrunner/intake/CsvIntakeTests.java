package com.campaignrunner.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvIntakeTests {

    private static final String HEADER = "first_name,last_name,email,phone,country_code,resume_file,position";

    @TempDir
    Path folder;

    @Test
    void windows1252FileIsDetectedAndDecoded() throws IOException {
        Path file = write("cp1252.csv", bytes(HEADER + "\r\n", StandardCharsets.US_ASCII),
                bytes("Siobh\u00e1n,O\u2019Hara,s@example.com,,IE,s.pdf,Picker\r\n"
                        + "L\u00e9a,B\u0153uf,l@example.org,,FR,l.pdf,Driver\r\n", Charset.forName("windows-1252")));

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(sheet.charset().name()).isEqualTo("windows-1252");
            List<SourceRow> rows = readAll(sheet);
            assertThat(rows.get(0).cells().subList(0, 2)).containsExactly("Siobh\u00e1n", "O\u2019Hara");
            assertThat(rows.get(1).cells().subList(0, 2)).containsExactly("L\u00e9a", "B\u0153uf");
        }
    }

    @Test
    void semicolonFileWithBomIsSplitOnSemicolons() throws IOException {
        Path file = write("bom.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                bytes(HEADER.replace(',', ';')
                        + "\nJ\u00fcrgen;Gro\u00dfmann;j@example.com;;DE;j.docx;Lager, Kommissionierung\n",
                        StandardCharsets.UTF_8));

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(sheet.delimiter()).isEqualTo(';');
            assertThat(sheet.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(sheet.header().get(0)).isEqualTo("first_name");
            assertThat(sheet.next().cells()).containsExactly("Jürgen", "Großmann", "j@example.com", "", "DE",
                    "j.docx", "Lager, Kommissionierung");
        }
    }

    @Test
    void excelSepLineNamesTheDelimiterAndIsNotARow() throws IOException {
        Path file = write("sep.csv", bytes("sep=|\r\n" + HEADER.replace(',', '|')
                + "\r\nAnne|Shirley|a@example.com|||a.pdf|Clerk, Night\r\n", StandardCharsets.UTF_8));

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(sheet.delimiter()).isEqualTo('|');
            assertThat(sheet.headerRowNumber()).isEqualTo(1);
            SourceRow anne = sheet.next();
            assertThat(anne.rowNumber()).isEqualTo(2);
            assertThat(anne.cell(6)).isEqualTo("Clerk, Night");
        }
    }

    @Test
    void tabSeparatedUtf16WithBomIsRead() throws IOException {
        Path file = write("utf16.csv", new byte[] {(byte) 0xFF, (byte) 0xFE},
                bytes(HEADER.replace(',', '\t') + "\r\nNu\u00f1o\tPe\u00f1a\tn@example.org\t\tES\tn.txt\tDriver\r\n",
                        StandardCharsets.UTF_16LE));

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(sheet.charset()).isEqualTo(StandardCharsets.UTF_16LE);
            assertThat(sheet.delimiter()).isEqualTo('\t');
            assertThat(sheet.next().cells().subList(0, 2)).containsExactly("Nuño", "Peña");
        }
    }

    @Test
    void quotedCellsKeepLineBreaksDelimitersAndQuotesAndCountAsOneRow() throws IOException {
        Path file = write("multi.csv", bytes(HEADER + ",notes\r\n"
                + "Anne,Shirley,a@example.com,,CA,a.pdf,Clerk,\"line one\nline two\r\nline three\"\r\n"
                + "Jo,March,j@example.com,,US,j.pdf,\"Shift Supervisor, Nights\",\"Said \"\"yes\"\"\"\r\n",
                StandardCharsets.UTF_8));

        List<SourceRow> rows = readAll(file);

        assertThat(rows).extracting(SourceRow::rowNumber).containsExactly(2, 3);
        assertThat(rows.get(0).cell(7).lines()).containsExactly("line one", "line two", "line three");
        assertThat(rows.get(1).cell(6)).isEqualTo("Shift Supervisor, Nights");
        assertThat(rows.get(1).cell(7)).isEqualTo("Said \"yes\"");
    }

    @Test
    void carriageReturnOnlyLineEndsSplitRows() throws IOException {
        Path file = write("mac.csv", bytes(HEADER + "\rAnne,Shirley,a@example.com,,CA,a.pdf,Clerk\r"
                + "Jo,March,j@example.com,,US,j.pdf,Clerk\r", StandardCharsets.UTF_8));

        assertThat(readAll(file)).extracting(r -> r.cell(0)).containsExactly("Anne", "Jo");
    }

    @Test
    void hashAtTheStartOfALineIsDataNotAComment() throws IOException {
        Path file = write("hash.csv", bytes("first_name,email,position\n#1 Anne,a@example.com,Clerk\n",
                StandardCharsets.UTF_8));

        assertThat(readAll(file)).singleElement().extracting(r -> r.cell(0)).isEqualTo("#1 Anne");
    }

    @Test
    void blankAndDelimiterOnlyLinesAreSkippedButStillCounted() throws IOException {
        Path file = write("blank.csv", bytes(HEADER + ",,\n\n,,,,,,,,\nAnne,Shirley,a@example.com,,CA,a.pdf,Clerk,,\n"
                + " , ,\n", StandardCharsets.UTF_8));

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(sheet.header()).hasSize(7);
            List<SourceRow> rows = readAll(sheet);
            assertThat(rows).singleElement().satisfies(row -> {
                assertThat(row.rowNumber()).isEqualTo(4);
                assertThat(row.cells()).hasSize(7);
                assertThat(row.problems()).isEmpty();
            });
        }
    }

    @Test
    void invalidBytesInAnExplicitCharsetNameTheRow() throws IOException {
        Path file = write("bad.csv", bytes(HEADER + "\nAnne,Shirley,a@example.com,,CA,a.pdf,Clerk\n",
                StandardCharsets.UTF_8), new byte[] {'J', (byte) 0xE9, ',', 'x', '\n'});

        try (CandidateSheet sheet = CandidateSheet.open(file,
                IntakeOptions.defaults().withCharset(StandardCharsets.UTF_8))) {
            sheet.next();
            assertThatThrownBy(sheet::next).isInstanceOf(IntakeException.class)
                    .hasMessageContaining("bad.csv").hasMessageContaining("row 3").hasMessageContaining("UTF-8")
                    .satisfies(e -> assertThat(((IntakeException) e).rowNumber()).isEqualTo(3));
        }
    }

    @Test
    void emptyFileIsRefusedWithAPlainMessage() throws IOException {
        Path file = write("empty.csv", new byte[0]);

        assertThatThrownBy(() -> CandidateSheet.open(file, IntakeOptions.defaults()))
                .isInstanceOf(IntakeException.class)
                .hasMessageContaining("empty.csv").hasMessageContaining("no header");
    }

    @Test
    void missingFileIsRefusedWithAPlainMessage() {
        assertThatThrownBy(() -> CandidateSheet.open(folder.resolve("nowhere.csv"), IntakeOptions.defaults()))
                .isInstanceOf(IntakeException.class).hasMessageContaining("not found");
    }

    @Test
    void totalLineAtTheEndIsSkippedWithAWarning() throws IOException {
        Path file = write("total.csv", bytes("first_name,email,score\nAnne,a@example.com,3\nTotal,,3\n",
                StandardCharsets.UTF_8));

        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            assertThat(readAll(sheet)).hasSize(1);
            assertThat(sheet.fileWarnings()).singleElement()
                    .satisfies(w -> assertThat(w.rowNumber()).isEqualTo(3));
        }
    }

    private List<SourceRow> readAll(Path file) {
        try (CandidateSheet sheet = CandidateSheet.open(file, IntakeOptions.defaults())) {
            return readAll(sheet);
        }
    }

    private static List<SourceRow> readAll(CandidateSheet sheet) {
        List<SourceRow> rows = new ArrayList<>();
        sheet.forEachRemaining(rows::add);
        return rows;
    }

    private Path write(String name, byte[]... parts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part);
        }
        return Files.write(folder.resolve(name), out.toByteArray());
    }

    private static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }
}
