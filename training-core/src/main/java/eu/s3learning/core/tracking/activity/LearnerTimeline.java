package eu.s3learning.core.tracking.activity;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.identity.Language;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.xapi.StatementReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a person's own learning record says about them: the statements the platform stored about them in its LRS,
 * newest first, a page at a time, in their language. It shows only the person's own statements; no one else's
 * timeline can be asked for.
 */
@ApplicationScoped
public class LearnerTimeline {

    public static final int PAGE_SIZE = 20;

    @Inject
    StatementStore store;

    /** The page (from 1) of the person's timeline; a page past the last one is refused as unknown. */
    public TimelinePage page(long personId, int page, Language language) {
        long total = store.countOfPerson(personId);
        int pages = pages(total);
        if (page < 1 || page > pages) {
            throw new RuleViolation("error.timeline.noSuchPage");
        }
        return new TimelinePage(store.ofPerson(personId, (page - 1) * PAGE_SIZE, PAGE_SIZE).stream()
                .map(stored -> ReadableStatement.of(StatementReader.read(stored.body()), language)).toList(),
                page, pages, total);
    }

    static int pages(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }
}
