package eu.s3learning.core.tracking.activity;

import java.util.List;

/**
 * One page of a learner's timeline, newest first.
 *
 * @param page the page's number, from 1
 * @param pages how many pages there are; at least 1, so an empty timeline is one empty page
 */
public record TimelinePage(List<ReadableStatement> entries, int page, int pages, long total) {

    public TimelinePage {
        entries = List.copyOf(entries);
    }

    public boolean hasNewer() {
        return page > 1;
    }

    public boolean hasOlder() {
        return page < pages;
    }
}
