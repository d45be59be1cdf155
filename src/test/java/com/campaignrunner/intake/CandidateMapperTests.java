package com.campaignrunner.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CandidateMapperTests {

    private static final List<String> HEADER = List.of("First Name", "Last Name", "E-mail", "Mobile", "Country",
            "CV", "Job Title", "LinkedIn", "Notes");

    private final ColumnMapping mapping = ColumnMapping.resolve(HEADER, Map.of());
    private final CandidateMapper mapper = new CandidateMapper(mapping, IntakeOptions.defaults());

    @Test
    void commonHeaderNamesMapWithoutHelpAndTheRestAreExtras() {
        assertThat(mapping.fields()).containsExactlyInAnyOrder(CandidateField.values()[0], CandidateField.FIRST_NAME,
                CandidateField.LAST_NAME, CandidateField.PHONE, CandidateField.COUNTRY, CandidateField.RESUME,
                CandidateField.POSITION, CandidateField.LINKEDIN);

        Candidate anne = map("Anne", "Shirley", "anne@example.com", "", "CA", "anne.pdf", "Clerk", "", "night");

        assertThat(anne.extras()).containsExactly(Map.entry("Notes", "night"));
        assertThat(anne.fullName()).isEqualTo("Anne Shirley");
        assertThat(anne.valid()).isTrue();
    }

    @Test
    void invisibleCharactersAndPaddingAreRemovedEverywhere() {
        Candidate jo = map("\u200B Jo\u00A0", "\tMarch ", " JO.March@Example.com\u00A0", "", "us\uFEFF", "", "", "",
                "");

        assertThat(jo.firstName()).isEqualTo("Jo");
        assertThat(jo.lastName()).isEqualTo("March");
        assertThat(jo.email()).isEqualTo("JO.March@Example.com");
        assertThat(jo.normalisedEmail()).isEqualTo("jo.march@example.com");
        assertThat(jo.countryCode()).isEqualTo("US");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gilbert.blythe.example.com | invalid email: no @",
        "theodore@@example.com | invalid email: more than one @",
        "N/A | invalid email: a placeholder, not an address",
        "anne@localhost | invalid email: the part after the @ is not a domain",
        "anne shirley@example.com | invalid email: contains spaces",
        "@example.com | invalid email: nothing before the @"})
    void badEmailsAreErrorsThatNameTheColumnAndValue(String email, String message) {
        Candidate candidate = map("Anne", "", email, "", "", "", "", "", "");

        assertThat(candidate.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(message);
            assertThat(p.column()).isEqualTo("E-mail");
            assertThat(p.value()).isEqualTo(email);
            assertThat(p.rowNumber()).isEqualTo(7);
            assertThat(p.fix()).isNotBlank();
        });
    }

    @Test
    void severalEmailsInOneCellUseTheFirstAndWarn() {
        Candidate candidate = map("Anne", "", "anne@example.com; a.shirley@example.org", "", "", "", "", "", "");

        assertThat(candidate.email()).isEqualTo("anne@example.com");
        assertThat(candidate.valid()).isTrue();
        assertThat(candidate.warnings()).singleElement().extracting(RowProblem::message).asString()
                .contains("a.shirley@example.org");
    }

    @Test
    void mailtoPrefixAndSubjectAreStripped() {
        assertThat(map("Jo", "", "mailto:jo@example.com?subject=Hi", "", "", "", "", "", "").email())
                .isEqualTo("jo@example.com");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Canada | CA", "United States | US", "United Kingdom | GB", "UK | GB", "England | GB", "U.S. | US",
        "USA | US", "Deutschland | DE", "gb | GB", " fr | FR", "Côte d’Ivoire | CI", "DEU | DE"})
    void countryNamesAndCodesBecomeIsoCodes(String cell, String code) {
        assertThat(map("Anne", "", "a@example.com", "", cell, "", "", "", "").countryCode()).isEqualTo(code);
    }

    @Test
    void unknownCountryIsAWarningNotAnError() {
        Candidate candidate = map("Anne", "", "a@example.com", "", "Atlantis", "", "", "", "");

        assertThat(candidate.valid()).isTrue();
        assertThat(candidate.countryCode()).isNull();
        assertThat(candidate.warnings()).extracting(RowProblem::message).containsExactly("unknown country");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+44 20 5550 0104 | GB | +442055500104",
        "0044 20 5550 0104 | | +442055500104",
        "020 5550 0104 | GB | +442055500104",
        "2055500104 | GB | +442055500104",
        "442055500104 | GB | +442055500104",
        "+44 (0)20 5550 0104 | GB | +442055500104",
        "(617) 555-0105 | US | +16175550105",
        "1-617-555-0105 | US | +16175550105",
        "155500108 | FR | +33155500108",
        "01 55 50 01 08 | FR | +33155500108",
        "493055500109 | DE | +493055500109",
        "030 5550 0109 | DE | +493055500109",
        "06 1234 5678 | IT | +390612345678",
        "9025550101.0 | CA | +19025550101"})
    void phonesBecomeE164(String cell, String country, String expected) {
        assertThat(map("Anne", "", "a@example.com", cell, country == null ? "" : country, "", "", "", "").phone())
                .isEqualTo(expected);
    }

    @Test
    void phoneInScientificNotationIsDroppedWithAWarning() {
        Candidate candidate = map("Anne", "", "a@example.com", "4.42056E+11", "GB", "", "", "", "");

        assertThat(candidate.phone()).isNull();
        assertThat(candidate.valid()).isTrue();
        assertThat(candidate.warnings()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo(PhoneNumbers.DAMAGED);
            assertThat(p.value()).isEqualTo("4.42056E+11");
            assertThat(p.column()).isEqualTo("Mobile");
        });
    }

    @Test
    void nationalPhoneWithoutAnyCountryIsKeptAsGivenWithAWarning() {
        Candidate candidate = map("Anne", "", "a@example.com", "020 5550 0104", "", "", "", "", "");

        assertThat(candidate.phone()).isEqualTo("020 5550 0104");
        assertThat(candidate.warnings()).hasSize(1);
    }

    @Test
    void defaultCountryFromOptionsReadsNationalNumbers() {
        IntakeOptions options = IntakeOptions.defaults().withDefaultCountryCode("GB");
        CandidateMapper withDefault = new CandidateMapper(mapping, options);

        Candidate candidate = withDefault.map(new SourceRow(2, List.of("Anne", "", "a@example.com", "020 5550 0104")));

        assertThat(candidate.phone()).isEqualTo("+442055500104");
    }

    @Test
    void fullNameAloneIsSplitAtTheFirstSpace() {
        ColumnMapping ats = ColumnMapping.resolve(List.of("Candidate Name", "E-mail Address"), Map.of());
        Candidate candidate = new CandidateMapper(ats, IntakeOptions.defaults())
                .map(new SourceRow(2, List.of("Mary Ann Evans", "m@example.com")));

        assertThat(candidate.firstName()).isEqualTo("Mary");
        assertThat(candidate.lastName()).isEqualTo("Ann Evans");
        assertThat(candidate.fullName()).isEqualTo("Mary Ann Evans");
    }

    @Test
    void explicitMappingWinsOverRecognisedNames() {
        ColumnMapping explicit = ColumnMapping.resolve(List.of("Name", "Work mail", "Private mail"),
                Map.of("email", "Private mail", "full_name", "Name"));

        assertThat(explicit.headerOf(CandidateField.EMAIL)).isEqualTo("Private mail");
    }

    @Test
    void explicitMappingToAMissingHeaderOrUnknownFieldIsRefused() {
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of("email", "Courriel")))
                .isInstanceOf(IntakeException.class).hasMessageContaining("Courriel").hasMessageContaining("E-mail");
        assertThatThrownBy(() -> ColumnMapping.resolve(HEADER, Map.of("shoe_size", "Notes")))
                .isInstanceOf(IntakeException.class).hasMessageContaining("shoe_size").hasMessageContaining("email");
    }

    @Test
    void fileWithoutAnEmailColumnIsRefusedUpFront() {
        assertThatThrownBy(() -> ColumnMapping.resolve(List.of("first_name", "phone"), Map.of()))
                .isInstanceOf(IntakeException.class).hasMessageContaining("email");
    }

    @Test
    void headerNamesAreMatchedWhateverTheirCaseSpacingAndPunctuation() {
        assertThat(ColumnMapping.isKnownHeader("\uFEFF First_Name ")).isTrue();
        assertThat(ColumnMapping.isKnownHeader("E-MAIL ADDRESS")).isTrue();
        assertThat(ColumnMapping.isKnownHeader("Prénom")).isTrue();
        assertThat(ColumnMapping.isKnownHeader("resume.file")).isTrue();
        assertThat(ColumnMapping.isKnownHeader("Applied On")).isFalse();
    }

    @Test
    void laterRowsWithTheSameEmailAreDuplicatesOfTheFirst() {
        DuplicateTracker tracker = new DuplicateTracker();
        Candidate first = tracker.check(map("Anne", "", "anne@example.com", "", "", "", "", "", ""), "E-mail");
        Candidate again = tracker.check(mapper.map(new SourceRow(9, List.of("Anne", "", " ANNE@example.COM"))),
                "E-mail");

        assertThat(first.valid()).isTrue();
        assertThat(again.errors()).singleElement().satisfies(p -> {
            assertThat(p.message()).isEqualTo("duplicate of row 7");
            assertThat(p.column()).isEqualTo("E-mail");
            assertThat(p.rowNumber()).isEqualTo(9);
        });
        assertThat(tracker.firstRowFor("anne@example.com", 7)).isEmpty();
    }

    private Candidate map(String... cells) {
        return mapper.map(new SourceRow(7, List.of(cells)));
    }
}
