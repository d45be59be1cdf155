package com.campaignrunner.export;

import java.util.regex.Pattern;

/**
 * Keeps text from candidates, resumes and the API from being run as a formula by a spreadsheet program.
 *
 * <p>Rule, the same for XLSX and CSV: text starting with = + - @ tab or carriage return gets a leading
 * single quote, except a phone number made of + digits spaces brackets and dashes, which can name neither a
 * function nor a cell and so stays readable.
 */
final class SpreadsheetSafety {

    /** Excel refuses longer cell text; the CSV keeps the same cut so both files say the same. */
    static final int MAX_CELL_CHARS = 32_767;

    private static final Pattern PHONE = Pattern.compile("^\\+[0-9 ()-]{6,20}$");

    private SpreadsheetSafety() {
    }

    static String text(String value) {
        if (value == null) {
            return null;
        }
        String safe = startsLikeFormula(value) ? "'" + value : value;
        return safe.length() > MAX_CELL_CHARS ? safe.substring(0, MAX_CELL_CHARS - 1) + "…" : safe;
    }

    static String phone(String value) {
        return value != null && PHONE.matcher(value).matches() ? value : text(value);
    }

    static boolean startsLikeFormula(String value) {
        if (value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
