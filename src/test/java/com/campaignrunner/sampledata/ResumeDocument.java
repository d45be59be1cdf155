package com.campaignrunner.sampledata;

import com.campaignrunner.sampledata.SampleCandidate.ResumePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The content of one sample resume, independent of the file format it is written in. */
record ResumeDocument(String title, String contact, List<Section> sections) {

    /** Experience years count back from here, so the sample does not change when the calendar does. */
    static final int REFERENCE_YEAR = 2026;

    record Section(String heading, List<String> lines) {
    }

    static ResumeDocument of(SampleCandidate candidate) {
        ResumePlan plan = candidate.plan();
        ResumeProfile profile = plan.profile();
        int currentStart = REFERENCE_YEAR - (plan.years() + 1) / 2;
        int previousStart = REFERENCE_YEAR - plan.years();

        List<String> contact = new ArrayList<>();
        contact.add(plan.contactEmail());
        if (!candidate.phone().isEmpty()) {
            contact.add(candidate.phoneAsNumber() ? "+" + candidate.phone() : candidate.phone());
        }
        contact.add(plan.city());

        List<String> experience = new ArrayList<>();
        experience.add(currentStart + " – present   " + profile.currentTitle() + ", " + plan.employer());
        profile.currentDuties().forEach(duty -> experience.add("• " + duty));
        experience.add(previousStart + " – " + currentStart + "   " + profile.previousTitle() + ", "
                + plan.previousEmployer());
        profile.previousDuties().forEach(duty -> experience.add("• " + duty));

        return new ResumeDocument(plan.displayName(), String.join(" | ", contact), List.of(
                new Section("Summary", List.of(profile.summary(plan.years()))),
                new Section("Experience", experience),
                new Section("Skills", List.of(profile.skills())),
                new Section("Education", List.of(plan.education() + ", " + previousStart)),
                new Section("Languages", List.of(plan.languages()))));
    }

    /** Plain text, one line per line of the resume, headings in capitals. */
    String text() {
        StringBuilder text = new StringBuilder(title).append('\n').append(contact).append('\n');
        for (Section section : sections) {
            text.append('\n').append(section.heading().toUpperCase(Locale.ROOT)).append('\n');
            section.lines().forEach(line -> text.append(line).append('\n'));
        }
        return text.toString();
    }
}
