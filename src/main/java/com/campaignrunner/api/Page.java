package com.campaignrunner.api;

import java.util.List;

/** A page of one of the {@code merchant-*-list} endpoints. */
public record Page<T>(List<T> data, Pagination pagination) {

    public record Pagination(int total, int limit, int offset, boolean hasMore) {
    }
}
