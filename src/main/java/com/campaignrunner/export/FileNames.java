package com.campaignrunner.export;

import java.text.Normalizer;
import java.util.Locale;

/** Names of bundle files made from candidate names: safe on every file system, unique by row number. */
final class FileNames {

    private static final int MAX_CODE_POINTS = 80;

    private FileNames() {
    }

    /** For example {@code 0012-anna-kowalska}; letters of any script survive, everything else becomes a dash. */
    static String forCandidate(int rowNumber, String name) {
        String prefix = String.format(Locale.ROOT, "%04d", rowNumber);
        String slug = slug(name, MAX_CODE_POINTS - prefix.length() - 1);
        return slug.isEmpty() ? prefix + "-candidate" : prefix + "-" + slug;
    }

    /** A single path segment: no separators, no dots in front, nothing a shell or Windows trips over. */
    static String segment(String value) {
        String slug = slug(value, MAX_CODE_POINTS);
        return slug.isEmpty() ? "campaign" : slug;
    }

    private static String slug(String value, int maxCodePoints) {
        if (value == null) {
            return "";
        }
        String normalised = Normalizer.normalize(value, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int kept = 0;
        boolean dash = false;
        for (int i = 0; i < normalised.length() && kept < maxCodePoints; ) {
            int cp = normalised.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp)) {
                out.appendCodePoint(cp);
                kept++;
                dash = false;
            } else if (!dash && out.length() > 0) {
                out.append('-');
                kept++;
                dash = true;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == '-') {
            end--;
        }
        return out.substring(0, end);
    }

    /** Vowel signs and accents written as separate code points belong to the letter before them. */
    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }
}
