package eu.s3learning.core.tracking.lrs.client;

import eu.s3learning.xapi.Agent;
import java.util.EnumSet;
import java.util.Set;

/**
 * The LRS client a request is made by, once its key and secret have been checked: what it may do, and the
 * authority it puts on the statements it stores.
 */
public record LrsCredential(long clientId, String name, Set<LrsScope> scopes, Agent authority) {

    public LrsCredential {
        scopes = scopes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(scopes));
    }

    public boolean canWriteStatements() {
        return has(LrsScope.ALL, LrsScope.STATEMENTS_WRITE);
    }

    /** Whether it may read statements at all; {@link #readsOnlyOwnStatements} says which. */
    public boolean canReadStatements() {
        return has(LrsScope.ALL, LrsScope.ALL_READ, LrsScope.STATEMENTS_READ, LrsScope.STATEMENTS_READ_MINE);
    }

    public boolean readsOnlyOwnStatements() {
        return !has(LrsScope.ALL, LrsScope.ALL_READ, LrsScope.STATEMENTS_READ);
    }

    public boolean canReadState() {
        return has(LrsScope.ALL, LrsScope.ALL_READ, LrsScope.STATE);
    }

    public boolean canWriteState() {
        return has(LrsScope.ALL, LrsScope.STATE);
    }

    public boolean canReadProfiles() {
        return has(LrsScope.ALL, LrsScope.ALL_READ, LrsScope.PROFILE);
    }

    public boolean canWriteProfiles() {
        return has(LrsScope.ALL, LrsScope.PROFILE);
    }

    private boolean has(LrsScope... any) {
        for (LrsScope scope : any) {
            if (scopes.contains(scope)) {
                return true;
            }
        }
        return false;
    }
}
