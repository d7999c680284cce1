package eu.s3learning.core.tracking.forwarding;

import eu.s3learning.core.privacy.PersonErased;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Passes an erasure on to the external LRSs. xAPI 1.0.3 and 2.0 define no way to ask an LRS to forget an agent,
 * so each configured endpoint is listed on the erasure record for an administrator to follow up by hand with
 * the agent the statements named; undelivered forwards of the person's statements go with the statements
 * (the outbox rows cascade).
 */
@ApplicationScoped
public class ErasureAtExternalLrss {

    @Inject
    ExternalLrsRegistry registry;

    void listForFollowUp(@Observes PersonErased erased) {
        for (ExternalLrs lrs : registry.all()) {
            erased.followUp(PersonErased.EXTERNAL_LRS, lrs.name() + " (" + lrs.endpoint() + ")");
        }
    }
}
