package com.campaignrunner.sampledata;

import java.util.List;

/**
 * One line of the sample spreadsheet as a person typed it, with the resume the generator writes for it, if any,
 * and the deliberate mistake the line carries, if any.
 */
record SampleCandidate(String firstName, String lastName, String email, String phone, boolean phoneAsNumber,
        String country, String resume, String linkedIn, String source, ResumePlan plan, String mistake) {

    static final List<String> HEADER = List.of(
            "First Name", "Last Name", "Email", "Phone", "Country", "Resume", "LinkedIn", "Source");

    boolean blank() {
        return cells().stream().allMatch(String::isEmpty);
    }

    /** The cells as text, in header order; a phone held as a number shows as its plain digits. */
    List<String> cells() {
        return List.of(firstName, lastName, email, phone, country, resume, linkedIn, source);
    }

    String fullName() {
        return (firstName.strip() + " " + lastName.strip()).strip();
    }

    /** What the generator puts in this person's resume; years count back from the sample's reference year. */
    record ResumePlan(ResumeProfile profile, int years, String employer, String previousEmployer, String city,
            String education, String languages, String displayName, String contactEmail) {
    }
}
