package eu.s3learning.core.administration;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;

/**
 * What administrators do to accounts. An administrator cannot take away their own
 * administration or close their own account, so the platform never loses its last one.
 */
@ApplicationScoped
public class AccountAdministration {

    @Inject
    People people;

    @Inject
    AuditLog audit;

    public List<Person> search(String text, int first, int pageSize) {
        return people.search(text, first, pageSize);
    }

    public long count(String text) {
        return people.count(text);
    }

    @Transactional
    public void changeRoles(long adminId, long personId, Set<Role> roles, String clientAddress) {
        Person person = people.lock(personId);
        if (adminId == personId && !roles.contains(Role.ADMIN)) {
            throw new RuleViolation("error.admin.ownAdminRole");
        }
        String before = person.roles().toString();
        person.replaceRoles(roles);
        audit.record(SecurityEventType.ROLES_CHANGED, personId, adminId, person.email().value(), clientAddress,
                before + " -> " + person.roles());
    }

    @Transactional
    public void deactivate(long adminId, long personId, String clientAddress) {
        if (adminId == personId) {
            throw new RuleViolation("error.admin.ownAccount");
        }
        Person person = people.lock(personId);
        person.deactivate();
        if (person.hasRole(Role.ADMIN) && people.countWithRole(Role.ADMIN, AccountStatus.ACTIVE) == 0) {
            throw new RuleViolation("error.admin.lastAdministrator");
        }
        audit.record(SecurityEventType.DEACTIVATED, personId, adminId, person.email().value(), clientAddress, null);
    }

    @Transactional
    public void reactivate(long adminId, long personId, String clientAddress) {
        Person person = people.lock(personId);
        person.reactivate();
        audit.record(SecurityEventType.REACTIVATED, personId, adminId, person.email().value(), clientAddress, null);
    }
}
