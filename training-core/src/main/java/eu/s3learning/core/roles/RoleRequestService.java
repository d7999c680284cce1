package eu.s3learning.core.roles;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.mail.MailKind;
import eu.s3learning.core.mail.MailQueue;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

@ApplicationScoped
@Transactional
public class RoleRequestService {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    People people;

    @Inject
    AuditLog audit;

    @Inject
    MailQueue mail;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    @Transactional
    public RoleRequest request(long personId, Role role, String motivation, String clientAddress) {
        if (role == null) {
            throw new RuleViolation("error.roleRequest.roleRequired");
        }
        Person person = people.lock(personId);
        if (person.hasRole(role)) {
            throw new RuleViolation("error.roleRequest.alreadyHeld");
        }
        if (!pending(person, role).isEmpty()) {
            throw new RuleViolation("error.roleRequest.alreadyPending");
        }
        RoleRequest request = new RoleRequest(person, role, motivation, clock.instant());
        em.persist(request);
        audit.record(SecurityEventType.ROLE_REQUESTED, personId, personId, person.email().value(), clientAddress, role.name());
        return request;
    }

    public List<RoleRequest> mine(long personId) {
        return em.createQuery("select r from RoleRequest r where r.person.id = :id order by r.id desc", RoleRequest.class)
                .setParameter("id", personId).getResultList();
    }

    public List<RoleRequest> pending() {
        return em.createQuery("select r from RoleRequest r where r.status = :status order by r.id", RoleRequest.class)
                .setParameter("status", RoleRequestStatus.PENDING).getResultList();
    }

    @Transactional
    public void approve(long requestId, long adminId, String note, String clientAddress) {
        RoleRequest request = lock(requestId);
        request.approve(adminId, note, clock.instant());
        Person person = request.person();
        mail.send(person.email(), MailKind.ROLE_REQUEST_APPROVED, person.locale(), person.fullName(),
                MailTemplates.word(person.locale(), "role." + request.requestedRole()), settings.link("/login.xhtml"));
        audit.record(SecurityEventType.ROLE_REQUEST_APPROVED, person.id(), adminId, person.email().value(), clientAddress,
                request.requestedRole().name());
    }

    @Transactional
    public void refuse(long requestId, long adminId, String note, String clientAddress) {
        RoleRequest request = lock(requestId);
        request.refuse(adminId, note, clock.instant());
        Person person = request.person();
        mail.send(person.email(), MailKind.ROLE_REQUEST_REFUSED, person.locale(), person.fullName(),
                MailTemplates.word(person.locale(), "role." + request.requestedRole()), request.decisionNote());
        audit.record(SecurityEventType.ROLE_REQUEST_REFUSED, person.id(), adminId, person.email().value(), clientAddress,
                request.requestedRole().name());
    }

    private RoleRequest lock(long requestId) {
        RoleRequest request = em.find(RoleRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new RuleViolation("error.roleRequest.unknown");
        }
        return request;
    }

    private List<RoleRequest> pending(Person person, Role role) {
        return em.createQuery("select r from RoleRequest r where r.person = :person and r.requestedRole = :role"
                        + " and r.status = :status", RoleRequest.class)
                .setParameter("person", person).setParameter("role", role)
                .setParameter("status", RoleRequestStatus.PENDING).getResultList();
    }
}
