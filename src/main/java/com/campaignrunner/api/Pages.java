package com.campaignrunner.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Walks every page of a {@code merchant-*-list} endpoint until {@code has_more} says there is no more. */
public final class Pages {

    /** The most rows the API gives in one page. */
    public static final int MAX_LIMIT = 1000;

    private Pages() {
    }

    /**
     * Every row of every page. {@code pageAt} fetches the page starting at the given offset. Stops at the first
     * page that says there is no more, or that is empty (a list that shrank while it was read).
     */
    public static <T> List<T> all(IntFunction<Page<T>> pageAt) {
        List<T> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<T> page = pageAt.apply(offset);
            List<T> data = page.data() == null ? List.of() : page.data();
            rows.addAll(data);
            if (page.pagination() == null || !page.pagination().hasMore() || data.isEmpty()) {
                return rows;
            }
            offset += data.size();
        }
    }
}
