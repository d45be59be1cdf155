package com.campaignrunner.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads email cells as people fill them: links, several addresses, placeholders. */
final class EmailAddresses {

    private static final Set<String> PLACEHOLDERS = Set.of("na", "n/a", "n.a.", "none", "null", "nil", "-", "--",
            "tbd", "tba", "unknown", "no email", "noemail", "?", "x", "nan", "#n/a");

    private EmailAddresses() {
    }

    /** The addresses in the cell, in order, with {@code mailto:}, query strings and angle brackets taken off. */
    static List<String> split(String cell) {
        List<String> addresses = new ArrayList<>();
        for (String part : CellText.cleanSingleLine(cell).split("[;,]")) {
            String[] words = part.strip().split("\\s+");
            // Addresses separated by spaces only when every word is one; otherwise the spaces are a typo.
            boolean allAddresses = words.length > 1 && java.util.Arrays.stream(words).allMatch(w -> w.contains("@"));
            for (String piece : allAddresses ? words : new String[] {part}) {
                String address = unwrap(piece.strip());
                if (!address.isEmpty()) {
                    addresses.add(address);
                }
            }
        }
        return addresses;
    }

    private static String unwrap(String text) {
        String address = text;
        int open = address.indexOf('<');
        int close = address.lastIndexOf('>');
        if (open >= 0 && close > open) {
            address = address.substring(open + 1, close);
        }
        if (address.regionMatches(true, 0, "mailto:", 0, 7)) {
            address = address.substring(7);
            int query = address.indexOf('?');
            if (query >= 0) {
                address = address.substring(0, query);
            }
        }
        return address.strip();
    }

    static boolean isPlaceholder(String text) {
        return PLACEHOLDERS.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Why the address cannot be used, or null when it looks deliverable. */
    static String problemWith(String address) {
        if (isPlaceholder(address)) {
            return "invalid email: a placeholder, not an address";
        }
        int at = address.indexOf('@');
        if (at < 0) {
            return "invalid email: no @";
        }
        if (address.indexOf('@', at + 1) >= 0) {
            return "invalid email: more than one @";
        }
        String local = address.substring(0, at);
        String domain = address.substring(at + 1);
        if (local.isEmpty()) {
            return "invalid email: nothing before the @";
        }
        if (address.chars().anyMatch(Character::isWhitespace)) {
            return "invalid email: contains spaces";
        }
        if (domain.isEmpty() || !domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")
                || domain.contains("..") || domain.startsWith("-")) {
            return "invalid email: the part after the @ is not a domain";
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            return "invalid email: misplaced dot before the @";
        }
        return null;
    }
}
