package com.campaignrunner.api;

import java.util.List;

/** Body of {@code POST /job-interview-register-users}. */
public record RegisterUsersRequest(List<User> users, String interviewId, Boolean sendEmail) {

    public record User(String name, String email, String externalId) {
    }
}
