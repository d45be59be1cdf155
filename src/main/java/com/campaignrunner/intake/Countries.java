package com.campaignrunner.intake;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

/** Reads a country cell, code or name, as an ISO 3166-1 alpha-2 code. */
final class Countries {

    private static final Set<String> CODES = Set.of(Locale.getISOCountries());
    private static final Map<String, String> BY_NAME = buildNames();

    private Countries() {
    }

    /** The alpha-2 code, or null when the cell names no country this class knows. */
    static String toCode(String cell) {
        String text = CellText.cleanSingleLine(cell);
        if (text.isEmpty()) {
            return null;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (upper.length() == 2 && CODES.contains(upper)) {
            return upper;
        }
        return BY_NAME.get(CellText.normalise(text));
    }

    static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    private static Map<String, String> buildNames() {
        Map<String, String> names = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            names.put(CellText.normalise(country.getDisplayCountry(Locale.ENGLISH)), code);
            try {
                names.put(CellText.normalise(country.getISO3Country()), code);
            } catch (MissingResourceException noAlpha3) {
                // A few codes have no alpha-3 form; their names still work.
            }
        }
        alias(names, "GB", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales",
                "Northern Ireland", "United Kingdom of Great Britain and Northern Ireland");
        alias(names, "US", "USA", "U.S.", "U.S.A.", "United States of America", "America", "United States");
        alias(names, "DE", "Deutschland", "Germany");
        alias(names, "FR", "République française", "France");
        alias(names, "ES", "España", "Espana");
        alias(names, "IT", "Italia");
        alias(names, "NL", "Holland", "The Netherlands", "Nederland");
        alias(names, "BE", "Belgique", "België");
        alias(names, "CH", "Schweiz", "Suisse", "Svizzera");
        alias(names, "AT", "Österreich");
        alias(names, "SE", "Sverige");
        alias(names, "NO", "Norge");
        alias(names, "DK", "Danmark");
        alias(names, "FI", "Suomi");
        alias(names, "PL", "Polska");
        alias(names, "IE", "Éire", "Republic of Ireland");
        alias(names, "KR", "South Korea", "Korea", "Republic of Korea");
        alias(names, "RU", "Russian Federation", "Russia");
        alias(names, "CZ", "Czech Republic", "Czechia");
        alias(names, "AE", "UAE", "Emirates");
        alias(names, "VN", "Viet Nam");
        alias(names, "CI", "Ivory Coast");
        alias(names, "MX", "México");
        alias(names, "BR", "Brasil");
        alias(names, "TR", "Türkiye", "Turkey");
        return Map.copyOf(names);
    }

    private static void alias(Map<String, String> names, String code, String... aliases) {
        for (String alias : aliases) {
            names.put(CellText.normalise(alias), code);
        }
    }
}
