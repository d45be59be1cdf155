package com.campaignrunner.intake;

import java.nio.charset.Charset;
import java.util.Map;

/**
 * How to read one candidate file. Every setting is optional: null means "find out from the file".
 *
 * @param sheetName the workbook sheet to read; null picks the first visible sheet that has data
 * @param charset the CSV text encoding; null detects BOMs, UTF-8 and Windows-1252
 * @param delimiter the CSV separator; null honours a {@code sep=} line or sniffs {@code , ; tab |}
 * @param columnMapping candidate field (for example {@code email}, {@code first_name}) to the header that holds
 *     it, for headers that are not recognised on their own
 * @param defaultCountryCode the ISO country used to read national phone numbers in rows without a country
 */
public record IntakeOptions(String sheetName, Charset charset, Character delimiter,
        Map<String, String> columnMapping, String defaultCountryCode) {

    public IntakeOptions {
        columnMapping = columnMapping == null ? Map.of() : Map.copyOf(columnMapping);
    }

    public static IntakeOptions defaults() {
        return new IntakeOptions(null, null, null, Map.of(), null);
    }

    public IntakeOptions withSheetName(String name) {
        return new IntakeOptions(name, charset, delimiter, columnMapping, defaultCountryCode);
    }

    public IntakeOptions withCharset(Charset value) {
        return new IntakeOptions(sheetName, value, delimiter, columnMapping, defaultCountryCode);
    }

    public IntakeOptions withDelimiter(Character value) {
        return new IntakeOptions(sheetName, charset, value, columnMapping, defaultCountryCode);
    }

    public IntakeOptions withColumnMapping(Map<String, String> value) {
        return new IntakeOptions(sheetName, charset, delimiter, value, defaultCountryCode);
    }

    public IntakeOptions withDefaultCountryCode(String value) {
        return new IntakeOptions(sheetName, charset, delimiter, columnMapping, value);
    }
}
