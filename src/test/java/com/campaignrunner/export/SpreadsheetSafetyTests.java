package com.campaignrunner.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetSafetyTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+1+1", "-2", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://example.com\")"})
    void textThatStartsLikeAFormulaGetsAQuote(String value) {
        assertThat(SpreadsheetSafety.text(value)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna", "", "a=b", "1+1", "'already quoted"})
    void otherTextIsLeftAlone(String value) {
        assertThat(SpreadsheetSafety.text(value)).isEqualTo(value);
    }

    @Test
    void aPhoneNumberInInternationalFormStaysReadable() {
        assertThat(SpreadsheetSafety.phone("+447700900123")).isEqualTo("+447700900123");
        assertThat(SpreadsheetSafety.phone("+44 (0) 7700-900123")).isEqualTo("+44 (0) 7700-900123");
    }

    @Test
    void aPhoneColumnValueThatIsNoPhoneNumberIsStillQuoted() {
        assertThat(SpreadsheetSafety.phone("+1+cmd|' /C calc'!A0")).isEqualTo("'+1+cmd|' /C calc'!A0");
        assertThat(SpreadsheetSafety.phone("=1")).isEqualTo("'=1");
    }

    @Test
    void textLongerThanACellHoldsIsCut() {
        assertThat(SpreadsheetSafety.text("x".repeat(40_000))).hasSize(SpreadsheetSafety.MAX_CELL_CHARS);
    }
}
