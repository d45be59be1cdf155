package com.campaignrunner.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shared messy sample files, each read with the outcome a good import tool gives. */
class SampleInputsTests {

    static final Path SAMPLES = Path.of("..", "shared", "sample-inputs");

    @BeforeAll
    static void samplesPresent() {
        Assumptions.assumeTrue(Files.isDirectory(SAMPLES),
                "the shared sample inputs are absent (../shared/sample-inputs); these tests are skipped");
    }

    static Stream<String> smallSamples() {
        return Stream.of("s01_utf8_bom.csv", "s02_semicolon_excel_de.csv", "s03_windows1252_names.csv",
                "s04_multiline_quoted.csv", "s05_header_variants.csv", "s06_duplicates.csv",
                "s07_excel_mangled_phones.csv", "s08_ats_column_names.csv", "s09_blank_rows_trailing_columns.csv",
                "s10_invalid_rows.csv", "s11_phones_as_numbers.xlsx", "s12_dates_serial.xlsx",
                "s13_formulas_cached.xlsx", "s14_hidden_sheet_first.xlsx", "s15_merged_title_header.xlsx",
                "s16_blank_and_ghost_rows.xlsx", "s17_mailto_hyperlinks.xlsx", "s18_legacy_format.xls",
                "s20_resume_batch.csv");
    }

    @ParameterizedTest
    @MethodSource("smallSamples")
    void everySampleReadsWithoutInvisibleCharactersOrMojibake(String name) {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve(name));

        assertThat(run.candidates()).isNotEmpty();
        for (Candidate candidate : run.candidates()) {
            String all = String.join("|", Stream.of(candidate.firstName(), candidate.lastName(), candidate.email(),
                    candidate.position(), candidate.resumeFile()).map(String::valueOf).toList());
            assertThat(all).doesNotContain("\uFEFF", "\u00A0", "\uFFFD", "Ã", "=");
            assertThat(String.valueOf(candidate.email())).doesNotStartWith("mailto:");
        }
    }

    @Test
    void utf8WithBomKeepsTheFirstColumn() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s01_utf8_bom.csv"));

        assertThat(run.header().get(0)).isEqualTo("first_name");
        assertThat(run.valid()).extracting(Candidate::firstName)
                .containsExactly("Anne", "Gilbert", "Jo", "Theodore", "Dorothea");
        assertThat(run.candidates()).allMatch(c -> c.problems().isEmpty());
    }

    @Test
    void semicolonSeparatedKeepsCommasInsideValues() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s02_semicolon_excel_de.csv"));

        assertThat(run.valid()).hasSize(5);
        assertThat(run.valid()).extracting(Candidate::position).contains("Lager, Kommissionierung",
                "Customer Service, Returns", "Delivery Driver, 7.5t");
        assertThat(run.valid()).extracting(Candidate::fullName)
                .contains("Jürgen Großmann", "Bjørn Åkesson", "Nuño Peña");
    }

    @Test
    void windows1252NamesArriveIntact() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s03_windows1252_names.csv"));

        assertThat(run.valid()).extracting(Candidate::lastName)
                .containsExactly("Thénardier", "O\u2019Hara", "Großmann", "Peña", "Åkesson", "Bœuf");
        assertThat(run.valid()).extracting(Candidate::firstName)
                .containsExactly("Éponine", "Siobhán", "Jürgen", "Nuño", "Bjørn", "Léa");
    }

    @Test
    void multiLineQuotedCellsStayOneRow() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s04_multiline_quoted.csv"));

        assertThat(run.valid()).hasSize(5);
        assertThat(run.rowNumbers()).containsExactly(2, 3, 4, 5, 6);
        assertThat(run.row(3).position()).isEqualTo("Shift Supervisor, Nights");
        assertThat(run.row(2).extras().get("notes").lines()).hasSize(3);
        assertThat(run.row(4).extras().get("notes")).isEqualTo("Said \"any shift is fine\"; can start immediately");
    }

    @Test
    void headerVariantsAreRecognised() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s05_header_variants.csv"));

        assertThat(run.valid()).hasSize(5);
        assertThat(run.valid()).allSatisfy(c -> {
            assertThat(c.email()).isNotBlank();
            assertThat(c.phone()).startsWith("+");
            assertThat(c.resumeFile()).isNotBlank();
            assertThat(c.extras()).isEmpty();
        });
    }

    @Test
    void duplicatesByNormalisedEmailPointAtTheFirstRow() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s06_duplicates.csv"));

        assertThat(run.valid()).extracting(Candidate::firstName)
                .containsExactly("Anne", "Jo", "Gilbert", "Theodore");
        assertThat(run.errorsOf(5)).isEqualTo("duplicate of row 2");
        assertThat(run.errorsOf(6)).isEqualTo("duplicate of row 3");
        assertThat(run.errorsOf(8)).isEqualTo("duplicate of row 4");
        assertThat(run.row(7).email()).isEqualTo("theodore.laurence@example.com");
        assertThat(run.row(6).firstName()).isEqualTo("Jo");
        assertThat(run.row(6).lastName()).isEqualTo("March");
    }

    @Test
    void phonesMangledByExcelAreRestoredOrDropped() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s07_excel_mangled_phones.csv"));

        assertThat(run.valid()).hasSize(7);
        assertThat(run.row(2).phone()).isEqualTo("+16175550105");
        assertThat(run.row(4).phone()).isEqualTo("+442055500104");
        assertThat(run.row(5).phone()).isEqualTo("+447555501113");
        assertThat(run.row(6).phone()).isEqualTo("+33155500108");
        assertThat(run.row(7).phone()).isEqualTo("+442055500114");
        for (int row : List.of(3, 8)) {
            assertThat(run.row(row).phone()).isNull();
            assertThat(run.row(row).warnings()).extracting(RowProblem::message)
                    .containsExactly("phone number damaged by spreadsheet (scientific notation), not imported");
        }
    }

    @Test
    void atsColumnNamesMapToCandidateFields() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s08_ats_column_names.csv"));

        assertThat(run.valid()).hasSize(5);
        assertThat(run.row(2).firstName()).isEqualTo("Anne");
        assertThat(run.row(2).lastName()).isEqualTo("Shirley");
        assertThat(run.valid()).extracting(Candidate::countryCode).containsExactly("CA", "CA", "US", "US", "GB");
        assertThat(run.row(2).position()).isEqualTo("Warehouse Associate");
        assertThat(run.row(2).extras()).containsEntry("Source", "Referral").containsEntry("Applied On", "2025-02-03");
    }

    @Test
    void blankAndDelimiterOnlyLinesAreSkippedSilently() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s09_blank_rows_trailing_columns.csv"));

        assertThat(run.header()).hasSize(7);
        assertThat(run.valid()).hasSize(5);
        assertThat(run.rowNumbers()).containsExactly(2, 3, 5, 7, 8);
        assertThat(run.candidates()).allMatch(c -> c.problems().isEmpty());
        assertThat(run.fileWarnings()).isEmpty();
    }

    @Test
    void invalidRowsAreReportedWithTheirReason() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s10_invalid_rows.csv"));

        assertThat(run.valid()).extracting(Candidate::rowNumber).containsExactly(2, 7, 9);
        assertThat(run.row(3).errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).startsWith("invalid email");
            assertThat(p.column()).isEqualTo("email");
            assertThat(p.value()).isEqualTo("gilbert.blythe.example.com");
        });
        assertThat(run.errorsOf(4)).isEqualTo("email missing");
        assertThat(run.errorsOf(5)).startsWith("invalid email");
        assertThat(run.row(5).errors().get(0).value()).isEqualTo("theodore.laurence@@example.com");
        assertThat(run.errorsOf(6)).isEqualTo("first name missing");
        assertThat(run.row(6).errors().get(0).column()).isEqualTo("first_name");
        assertThat(run.errorsOf(8)).startsWith("invalid email");
        assertThat(run.row(8).errors().get(0).value()).isEqualTo("N/A");
    }

    @Test
    void numericPhoneCellsComeFromStoredValues() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s11_phones_as_numbers.xlsx"));

        assertThat(run.valid()).extracting(Candidate::phone).containsExactly("+19025550101", "+442055500103",
                "+16175550105", "+493055500109", "+442055500113");
    }

    @Test
    void datesAreCalendarDatesEvenWhenTypedAsSerials() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s12_dates_serial.xlsx"));

        assertThat(run.valid()).hasSize(5);
        assertThat(run.valid()).extracting(c -> c.extras().get("available_from"))
                .containsExactly("2025-03-03", "2025-03-10", "2025-04-01", "2025-03-03", "2025-03-10");
        assertThat(run.valid()).extracting(c -> c.extras().get("application_date"))
                .containsExactly("2025-02-17", "2025-02-17", "2024-12-02", "2025-01-01", "2025-01-01");
        assertThat(run.row(3).warnings()).extracting(RowProblem::column).containsExactly("application_date");
    }

    @Test
    void formulasAreReadAsTheirCachedValues() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s13_formulas_cached.xlsx"));

        assertThat(run.sheetName()).isEqualTo("Candidates");
        assertThat(run.valid()).hasSize(5);
        assertThat(run.valid().get(0).email()).isEqualTo("anne.shirley@example.com");
        assertThat(run.valid().get(4).email()).isEqualTo("phileas.fogg@example.com");
        assertThat(run.valid()).extracting(Candidate::position).containsExactly("Warehouse Associate",
                "Forklift Operator", "Customer Service Representative", "Delivery Driver", "Delivery Driver");
    }

    @Test
    void hiddenFirstSheetIsPassedOver() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s14_hidden_sheet_first.xlsx"));

        assertThat(run.sheetName()).isEqualTo("Candidates");
        assertThat(run.valid()).extracting(Candidate::firstName)
                .containsExactly("Anne", "Gilbert", "Elizabeth", "Jo", "Jean");
    }

    @Test
    void headerIsFoundBelowMergedTitleRows() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s15_merged_title_header.xlsx"));

        assertThat(run.headerRowNumber()).isEqualTo(4);
        assertThat(run.rowNumbers()).containsExactly(5, 6, 7, 8, 9);
        assertThat(run.valid()).hasSize(5);
    }

    @Test
    void blankAndFormattingOnlyRowsAreIgnored() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s16_blank_and_ghost_rows.xlsx"));

        assertThat(run.rowNumbers()).containsExactly(2, 3, 4, 6, 7, 10);
        assertThat(run.valid()).hasSize(6);
        assertThat(run.candidates()).allMatch(c -> c.problems().isEmpty());
        assertThat(run.header()).hasSize(7);
        assertThat(run.fileWarnings()).isEmpty();
    }

    @Test
    void mailtoLinksGiveTheAddress() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s17_mailto_hyperlinks.xlsx"));

        assertThat(run.valid()).extracting(Candidate::email).containsExactly("anne.shirley@example.com",
                "gilbert.blythe@example.com", "jo.march@example.com", "theodore.laurence@example.com",
                "dorothea.brooke@example.com");
    }

    @Test
    void legacyXlsOpensLikeXlsx() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s18_legacy_format.xls"));

        assertThat(run.valid()).hasSize(5);
        assertThat(run.valid()).extracting(Candidate::fullName)
                .contains("Éponine Thénardier", "Siobhán O\u2019Hara");
        assertThat(run.valid()).extracting(Candidate::phone)
                .contains("+493055500109", "+19025550101", "+19025550102");
    }

    @Test
    void resumeProblemsEachGetTheirOwnReason() {
        IntakeRun run = IntakeRun.of(SAMPLES.resolve("s20_resume_batch.csv"));
        ResumeLibrary library = new ResumeLibrary(SAMPLES.resolve("resumes"), 10L * 1024 * 1024);

        assertThat(run.valid()).hasSize(9);
        List<ResumeCheck> checks = run.candidates().stream().map(library::check).toList();

        assertThat(checks).extracting(ResumeCheck::usable)
                .containsExactly(true, false, false, true, false, true, true, true, false);
        assertThat(checks.get(1).problem().message()).isEqualTo("resume has no extractable text (scanned image)");
        assertThat(checks.get(2).problem().message()).isEqualTo("resume PDF is password-protected");
        assertThat(checks.get(4).problem().message()).isEqualTo("resume file is empty (0 bytes)");
        assertThat(checks.get(8).problem().message()).isEqualTo("resume file not found: violet_hunter_cv.pdf");
        assertThat(checks.get(8).problem().rowNumber()).isEqualTo(10);
        assertThat(checks.get(5).kind()).isEqualTo(ResumeKind.DOC);
        assertThat(checks.get(6).file().getFileName().toString()).isEqualTo("greg_lestrade_resume.pdf");
        assertThat(checks.get(0).sha256()).hasSize(64);

        for (int usable : List.of(0, 3, 5, 6, 7)) {
            String text = ResumeText.extract(checks.get(usable).file(), checks.get(usable).kind());
            assertThat(ResumeText.letterCount(text)).as(run.candidates().get(usable).fullName()).isGreaterThan(50);
        }
        assertThat(ResumeText.extract(checks.get(3).file(), ResumeKind.PDF)).contains("Irene");
    }

    @Test
    void poolResumesExtractWithAccentsIntact() {
        ResumeLibrary library = new ResumeLibrary(SAMPLES.resolve("resumes"), 10L * 1024 * 1024);
        Candidate lea = IntakeRun.of(SAMPLES.resolve("s03_windows1252_names.csv")).row(7);

        ResumeCheck check = library.check(lea);

        assertThat(check.usable()).isTrue();
        assertThat(ResumeText.extract(check.file(), check.kind())).contains("Léa Bœuf");
    }
}
