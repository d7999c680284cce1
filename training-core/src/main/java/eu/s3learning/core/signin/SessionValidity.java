package eu.s3learning.core.signin;

import eu.s3learning.core.identity.People;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Whether a session signed in at a given epoch may go on: the account is active and nothing has ended its sessions since. */
@ApplicationScoped
@Transactional
public class SessionValidity {

    @Inject
    People people;

    /** Asked on every signed-in request, so it reads two columns rather than the person and their roles. */
    public boolean stillValid(long personId, int epoch) {
        return people.activeAtEpoch(personId, epoch);
    }
}
