package com.campaignrunner.api;

import java.util.List;

/** Body of {@code POST /invite-users}: each candidate gets an email inviting them to the interview. */
public record InviteUsersRequest(List<Invitee> users, Boolean forceInvite, String mojitoLanguageCode,
        String messageFromRecruiter) {

    /** {@code type} is {@code candidate} for interview invitations, which then need {@code interviewId}. */
    public record Invitee(String email, String name, String type, String interviewId) {

        public static Invitee candidate(String email, String name, String interviewId) {
            return new Invitee(email, name, "candidate", interviewId);
        }
    }
}
