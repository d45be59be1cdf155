package com.campaignrunner.intake;

import java.text.Normalizer;
import java.util.Locale;

/** Cleans the text of spreadsheet cells and header names. */
final class CellText {

    private CellText() {
    }

    /**
     * Drops invisible characters and trims. Spreadsheets and copy-paste leave byte order marks, zero-width
     * spaces and non-breaking spaces in cells; none of them is ever meant.
     */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            out.append(isOddSpace(c) ? ' ' : c);
        }
        return out.toString().strip();
    }

    /** Like {@link #clean} and also folds line breaks, tabs and runs of spaces into one space. */
    static String cleanSingleLine(String raw) {
        return clean(raw).replaceAll("\\s+", " ");
    }

    /**
     * The form header names and country names are compared in: lower case, accents, spaces and punctuation
     * gone, so that {@code "E-mail Address "} and {@code "email_address"} meet.
     */
    static String normalise(String raw) {
        String text = stripAccents(clean(raw)).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String stripAccents(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
                .replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("Œ", "OE")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("Đ", "D");
    }

    static boolean isBlank(String text) {
        return clean(text).isEmpty();
    }

    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\u00AD';
    }

    private static boolean isOddSpace(char c) {
        return c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\t';
    }
}
