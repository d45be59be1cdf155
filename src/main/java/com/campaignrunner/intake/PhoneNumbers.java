package com.campaignrunner.intake;

import java.util.Map;

/**
 * Turns the phone numbers people type, and the ones spreadsheets mangle, into E.164. Numbers are never guessed:
 * what cannot be read with confidence is kept as given with a warning, and a number whose digits a spreadsheet
 * already lost is dropped.
 */
final class PhoneNumbers {

    static final String DAMAGED = "phone number damaged by spreadsheet (scientific notation), not imported";

    /**
     * Calling code, shortest and longest national significant number, and the national trunk prefix dropped when
     * dialling from abroad (empty where the leading digit belongs to the number).
     */
    private record Plan(String callingCode, int minLength, int maxLength, String trunk) {
    }

    private static final Map<String, Plan> PLANS = Map.ofEntries(
            Map.entry("US", new Plan("1", 10, 10, "1")), Map.entry("CA", new Plan("1", 10, 10, "1")),
            Map.entry("GB", new Plan("44", 9, 10, "0")), Map.entry("FR", new Plan("33", 9, 9, "0")),
            Map.entry("DE", new Plan("49", 6, 11, "0")), Map.entry("IE", new Plan("353", 7, 9, "0")),
            Map.entry("ES", new Plan("34", 9, 9, "")), Map.entry("SE", new Plan("46", 7, 9, "0")),
            Map.entry("IT", new Plan("39", 6, 11, "")), Map.entry("NL", new Plan("31", 9, 9, "0")),
            Map.entry("BE", new Plan("32", 8, 9, "0")), Map.entry("CH", new Plan("41", 9, 9, "0")),
            Map.entry("AT", new Plan("43", 4, 13, "0")), Map.entry("PT", new Plan("351", 9, 9, "")),
            Map.entry("PL", new Plan("48", 9, 9, "")), Map.entry("IN", new Plan("91", 10, 10, "0")),
            Map.entry("JP", new Plan("81", 9, 10, "0")), Map.entry("CN", new Plan("86", 7, 11, "0")),
            Map.entry("BR", new Plan("55", 10, 11, "0")), Map.entry("MX", new Plan("52", 10, 10, "")),
            Map.entry("AU", new Plan("61", 9, 9, "0")), Map.entry("NZ", new Plan("64", 8, 10, "0")),
            Map.entry("ZA", new Plan("27", 9, 9, "0")), Map.entry("NG", new Plan("234", 8, 10, "0")),
            Map.entry("KE", new Plan("254", 9, 9, "0")), Map.entry("EG", new Plan("20", 8, 10, "0")),
            Map.entry("TR", new Plan("90", 10, 10, "0")), Map.entry("RU", new Plan("7", 10, 10, "8")),
            Map.entry("UA", new Plan("380", 9, 9, "0")), Map.entry("KR", new Plan("82", 8, 10, "0")),
            Map.entry("VN", new Plan("84", 9, 10, "0")), Map.entry("TH", new Plan("66", 8, 9, "0")),
            Map.entry("PH", new Plan("63", 8, 10, "0")), Map.entry("ID", new Plan("62", 8, 12, "0")),
            Map.entry("AR", new Plan("54", 10, 10, "0")), Map.entry("CO", new Plan("57", 10, 10, "")),
            Map.entry("CL", new Plan("56", 9, 9, "")), Map.entry("GR", new Plan("30", 10, 10, "")),
            Map.entry("DK", new Plan("45", 8, 8, "")), Map.entry("NO", new Plan("47", 8, 8, "")),
            Map.entry("FI", new Plan("358", 5, 12, "0")));

    /** The outcome: the number to keep (null when none) and, when not clean, why. */
    record Reading(String value, String warning, String fix) {
    }

    private PhoneNumbers() {
    }

    static Reading read(String cell, String countryCode) {
        String text = CellText.cleanSingleLine(cell);
        if (text.isEmpty()) {
            return new Reading(null, null, null);
        }
        if (text.matches("[+-]?\\d+(?:[.,]\\d+)?[eE][+-]?\\d+")) {
            return new Reading(null, DAMAGED, "type the full number again and format the column as text");
        }
        String cleaned = text.replaceAll("^(\\d+)\\.0+$", "$1").replace("(0)", "");
        String digits = cleaned.replaceAll("\\D", "");
        if (digits.isEmpty() || cleaned.matches(".*[A-Za-z].*")) {
            return new Reading(text, "phone number is not a number", "write the number with its country code, "
                    + "for example +44 20 7946 0000");
        }

        String start = cleaned.replaceAll("^[^+\\d]+", "");
        if (start.startsWith("+") || digits.startsWith("00")) {
            String international = start.startsWith("+") ? digits : digits.substring(2);
            return international.length() >= 8 && international.length() <= 15
                    ? new Reading("+" + international, null, null)
                    : new Reading(text, "phone number has " + international.length()
                            + " digits after the country code prefix, which no country uses",
                            "check the number");
        }

        Plan plan = countryCode == null ? null : PLANS.get(countryCode);
        if (plan == null) {
            return new Reading(text, countryCode == null
                    ? "phone number has no country code and the row names no country"
                    : "phone number has no country code and numbers of country " + countryCode
                            + " are not known here",
                    "write the number with its country code, for example +44 20 7946 0000");
        }
        String national = !plan.trunk().isEmpty() && digits.startsWith(plan.trunk())
                && fits(plan, digits.length() - plan.trunk().length()) ? digits.substring(plan.trunk().length())
                : digits;
        if (fits(plan, national.length())) {
            return new Reading("+" + plan.callingCode() + national, null, null);
        }
        // A number typed with its country code but no + loses only the +, so the rest can be trusted.
        if (digits.startsWith(plan.callingCode()) && fits(plan, digits.length() - plan.callingCode().length())) {
            return new Reading("+" + digits, null, null);
        }
        return new Reading(text, "phone number has " + digits.length() + " digits, which does not fit a "
                + countryCode + " number", "write the number with its country code, for example +"
                + plan.callingCode() + " …");
    }

    private static boolean fits(Plan plan, int length) {
        return length >= plan.minLength() && length <= plan.maxLength();
    }
}
