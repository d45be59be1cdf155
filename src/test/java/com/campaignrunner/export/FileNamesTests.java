package com.campaignrunner.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

    @Test
    void aNameBecomesLowerCaseWordsJoinedByDashesAfterTheRowNumber() {
        assertThat(FileNames.forCandidate(12, "Anna Kowalska")).isEqualTo("0012-anna-kowalska");
    }

    @Test
    void separatorsControlCharactersAndLeadingDotsAreDropped() {
        assertThat(FileNames.forCandidate(7, "../..\\etc/passwd\u0000\n")).isEqualTo("0007-etc-passwd");
        assertThat(FileNames.forCandidate(7, ".hidden")).isEqualTo("0007-hidden");
    }

    @Test
    void lettersOfOtherScriptsAreKept() {
        assertThat(FileNames.forCandidate(3, "Łucja Żółć")).isEqualTo("0003-łucja-żółć");
        assertThat(FileNames.forCandidate(4, "王小明")).isEqualTo("0004-王小明");
        assertThat(FileNames.forCandidate(5, "अनिल कुमार")).isEqualTo("0005-अनिल-कुमार");
    }

    @Test
    void aMissingOrSymbolOnlyNameStillGivesAUniqueName() {
        assertThat(FileNames.forCandidate(9, null)).isEqualTo("0009-candidate");
        assertThat(FileNames.forCandidate(10, "=+@")).isEqualTo("0010-candidate");
    }

    @Test
    void longNamesAreCut() {
        String name = FileNames.forCandidate(123456, "a".repeat(300));
        assertThat(name).startsWith("123456-aaa").hasSize(80);
    }

    @Test
    void aCampaignIdBecomesOneSafeFolderName() {
        assertThat(FileNames.segment("../Spring Hiring 2025")).isEqualTo("spring-hiring-2025");
    }
}
