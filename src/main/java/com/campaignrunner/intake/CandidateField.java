package com.campaignrunner.intake;

import java.util.List;

/** The candidate fields a column can feed, each with the header names it is recognised by. */
public enum CandidateField {
    EMAIL("email", "e-mail", "email address", "e-mail address", "candidate email", "mail", "email id"),
    FIRST_NAME("first name", "firstname", "given name", "forename", "prénom", "first"),
    LAST_NAME("last name", "lastname", "surname", "family name", "last"),
    FULL_NAME("full name", "name", "candidate name", "candidate", "applicant", "applicant name"),
    PHONE("phone", "mobile", "phone number", "telephone", "cell", "mobile number", "mobile phone", "cell phone",
            "tel", "phone no"),
    COUNTRY("country", "country code"),
    RESUME("resume", "resume file", "cv", "cv file", "resume filename", "resume file name", "attachment",
            "resume_file", "cv filename"),
    LINKEDIN("linkedin", "linkedin url", "linkedin profile"),
    POSITION("position", "job", "job title", "role", "applied for", "position applied for");

    private final List<String> synonyms;

    CandidateField(String... names) {
        this.synonyms = java.util.Arrays.stream(names).map(CellText::normalise).distinct().toList();
    }

    /** The name used for this field in a campaign file's column mapping, for example {@code first_name}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    boolean recognises(String normalisedHeader) {
        return synonyms.contains(normalisedHeader);
    }

    static CandidateField forHeader(String header) {
        String normalised = CellText.normalise(header);
        for (CandidateField field : values()) {
            if (field.recognises(normalised)) {
                return field;
            }
        }
        return null;
    }

    static CandidateField forKey(String key) {
        String normalised = CellText.normalise(key);
        for (CandidateField field : values()) {
            if (CellText.normalise(field.key()).equals(normalised) || field.recognises(normalised)) {
                return field;
            }
        }
        return null;
    }
}
