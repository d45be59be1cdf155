package com.campaignrunner.sandbox;

import java.util.UUID;

import com.campaignrunner.sandbox.SandboxState.Definition;
import com.campaignrunner.sandbox.SandboxState.Profile;
import com.campaignrunner.sandbox.SandboxState.Registration;

/**
 * Puts a candidate on an interview, whichever endpoint asks. The real API registers or updates: enrolling the
 * same email on the same interview again keeps the candidate's result and link.
 */
final class Enrolment {

    private final SandboxContext context;

    Enrolment(SandboxContext context) {
        this.context = context;
    }

    Registration enrol(Definition interview, String email, String name, String externalId, boolean invitation,
            boolean test) {
        SandboxState state = context.state;
        synchronized (state) {
            long now = context.now();
            Profile profile = state.profileFor(email, name, externalId, invitation ? "invited" : "registered", now);
            Registration existing = state.registration(interview.id(), email).orElse(null);
            if (existing != null) {
                Registration updated = invitation ? existing.asInvited(profile.name(), profile.externalId())
                        : existing.renamed(profile.name(), profile.externalId());
                if (!updated.equals(existing)) {
                    state.save(updated);
                }
                return updated;
            }
            Registration created = new Registration(SandboxState.newId(), SandboxState.newId(), interview.id(),
                    profile.profileInterviewId(), email, profile.name(), profile.externalId(),
                    UUID.randomUUID().toString().replace("-", ""), invitation, test, 1, now, now);
            state.save(created);
            return created;
        }
    }

    String interviewUrl(Registration registration) {
        return context.baseUrl() + "/interview/take/" + registration.profileInterviewId() + "/?interview_token="
                + registration.interviewToken();
    }
}
