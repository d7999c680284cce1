package eu.s3learning.core.privacy;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.audit.AuditLog;
import eu.s3learning.core.audit.SecurityEventType;
import eu.s3learning.core.certificate.Certificate;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.EnrolmentService;
import eu.s3learning.core.identity.AccountStatus;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.identity.Role;
import eu.s3learning.core.tracking.lrs.IndexHash;
import eu.s3learning.core.tracking.lrs.document.DocumentStore;
import eu.s3learning.core.tracking.lrs.statement.StatementStore;
import eu.s3learning.core.tracking.platform.PlatformStatements;
import eu.s3learning.xapi.Agent;
import eu.s3learning.xapi.InverseFunctionalIdentifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * An administrator erases a person's data (GDPR Art. 17), all in one transaction:
 * <ol>
 * <li>the person's running enrolments end as withdrawals, so their places and seats go to whoever waits;</li>
 * <li>their statements are <em>deleted</em> from the platform's LRS (see below), with the State and Agent Profile
 * documents kept for their account or e-mail address;</li>
 * <li>their learning events, certificates, queued and sent mails, account tokens, calendar feed, role requests
 * and invitations to their address are deleted; reasons written about them on their enrolments are blanked;</li>
 * <li>the security log keeps its events about them, without their address and network address;</li>
 * <li>the person row stays, emptied ({@link Person#erase}), so enrolments, attendance and progress keep counting
 * in their cohorts: the aggregate learning data stays, with no one behind it;</li>
 * <li>an {@link ErasureRecord} says who was erased when by whom, and {@link PersonErased} lets the features
 * that passed the data on add where the erasure must follow (external LRSs).</li>
 * </ol>
 * Statements are deleted rather than pseudonymised. xAPI makes statements immutable towards LRS clients, but the
 * LRS's operator must still erase, and deleting leaves every statement that remains exactly as it was sent, where
 * rewriting the actor would change statements under ids that clients and external LRSs already hold. A rewritten
 * statement would also still point back at the person: its id and registration are derived from the event and
 * enrolment ids, its time and cohort single a learner out in a group of twenty, and the trainer's CSV export lists
 * statement ids with names. What pseudonymising would keep, the counts of who completed what, the platform keeps
 * anyway in the enrolments and progress of the emptied person row.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** Why the enrolments of an erased person ended; it is blanked with every other reason in the same step. */
    private static final String WITHDRAWAL_REASON = "Erasure of the person's data";

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    People people;

    @Inject
    Cohorts cohorts;

    @Inject
    EnrolmentService enrolments;

    @Inject
    StatementStore statements;

    @Inject
    DocumentStore documents;

    @Inject
    PlatformStatements platform;

    @Inject
    AuditLog audit;

    @Inject
    Event<PersonErased> erased;

    @Inject
    Clock clock;

    public ErasureRecord erase(long adminId, long personId, String clientAddress) {
        Person admin;
        Person person;
        // Both rows locked, in id order: two administrators erasing each other at once take turns, and the
        // second finds itself erased instead of leaving the platform with no administrator.
        if (adminId < personId) {
            admin = lockIfKnown(adminId);
            person = people.lock(personId);
        } else {
            person = people.lock(personId);
            admin = lockIfKnown(adminId);
        }
        check(adminId, admin, personId, person, people.countWithRole(Role.ADMIN, AccountStatus.ACTIVE));
        Agent account = platform.learner(personId);
        String email = person.email().value();

        int withdrawn = 0;
        for (Enrolment enrolment : cohorts.enrolmentsOf(personId)) {
            if (enrolment.status().active()) {
                enrolments.withdraw(adminId, enrolment.id(), WITHDRAWAL_REASON);
                withdrawn++;
            }
        }
        em.flush();
        String asAccount = IndexHash.identifying(account.identifier());
        List<String> agents = agentsOf(asAccount, email);
        int deletedStatements = statements.deleteAbout(personId, agents.stream().map(IndexHash::of).toList());
        for (String agent : agents) {
            documents.deleteAllOfAgent(agent);
        }
        int events = em.createQuery("delete from LearningEvent e where e.personId = :person")
                .setParameter("person", personId).executeUpdate();
        List<Certificate> certificates = em.createQuery(
                "select c from Certificate c where c.enrolment.person.id = :person", Certificate.class)
                .setParameter("person", personId).getResultList();
        certificates.forEach(em::remove);
        cohorts.enrolmentsOf(personId).forEach(Enrolment::eraseReasons);
        int mails = em.createQuery("delete from OutgoingMail m where m.recipient = :email")
                .setParameter("email", email).executeUpdate();
        for (String owned : List.of("AccountToken t where t.person.id", "CalendarFeed t where t.personId",
                "RoleRequest t where t.person.id")) {
            em.createQuery("delete from " + owned + " = :person").setParameter("person", personId).executeUpdate();
        }
        em.createQuery("delete from Invitation i where i.email = :email").setParameter("email", email).executeUpdate();
        em.createQuery("update SecurityEvent e set e.email = null, e.clientAddress = null"
                        + " where e.subjectId = :person or e.email = :email")
                .setParameter("person", personId).setParameter("email", email).executeUpdate();
        em.createQuery("update SecurityEvent e set e.clientAddress = null where e.actorId = :person")
                .setParameter("person", personId).executeUpdate();
        person.erase();

        Instant now = clock.instant();
        ErasureRecord record = new ErasureRecord(personId,
                ((InverseFunctionalIdentifier.Account) account.identifier()).homePage().value(), now, adminId,
                new ErasureRecord.Removed(withdrawn, deletedStatements, events, certificates.size(), mails));
        PersonErased event = new PersonErased(personId, account, now);
        erased.fire(event);
        event.followUps().forEach(followUp -> record.followUp(followUp.kind(), followUp.target()));
        em.persist(record);
        audit.record(SecurityEventType.ERASED, personId, adminId, null, clientAddress, null);
        return record;
    }

    /**
     * Whether the administrator may erase the person: only an active administrator, never themselves (an
     * administrator leaves through another), never twice, and never the last active administrator.
     */
    static void check(long adminId, Person admin, long personId, Person person, long activeAdministrators) {
        if (admin == null || !admin.hasRole(Role.ADMIN) || admin.status() != AccountStatus.ACTIVE) {
            throw new RuleViolation("error.forbidden");
        }
        if (adminId == personId) {
            throw new RuleViolation("error.erasure.self");
        }
        if (person.erased()) {
            throw new RuleViolation("error.erasure.already");
        }
        if (person.hasRole(Role.ADMIN) && person.status() == AccountStatus.ACTIVE && activeAdministrators <= 1) {
            throw new RuleViolation("error.erasure.lastAdministrator");
        }
    }

    private Person lockIfKnown(long personId) {
        return em.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The agents (identifying text) that stand for the person in what LRS clients sent: the platform's account for
     * them, and their e-mail address as mbox and as mbox_sha1sum.
     */
    static List<String> agentsOf(String asAccount, String email) {
        String mailto = "mailto:" + email;
        try {
            String sha1 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(mailto.getBytes(StandardCharsets.UTF_8)));
            return List.of(asAccount, IndexHash.identifying(new InverseFunctionalIdentifier.Mbox(mailto)),
                    IndexHash.identifying(new InverseFunctionalIdentifier.MboxSha1Sum(sha1)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }

    /** The erasure of this person, if there was one. */
    public Optional<ErasureRecord> of(long personId) {
        return em.createQuery("select r from ErasureRecord r where r.personId = :person", ErasureRecord.class)
                .setParameter("person", personId).getResultList().stream().findFirst();
    }

    /** Erasures, newest first, a page at a time. */
    public List<ErasureRecord> records(int first, int max) {
        return em.createQuery("select r from ErasureRecord r order by r.erasedAt desc, r.id desc", ErasureRecord.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createQuery("select count(r) from ErasureRecord r", Long.class).getSingleResult();
    }

    /** An administrator has carried out a follow-up where it had to go. */
    public void followedUp(long adminId, long followUpId) {
        ErasureFollowUp followUp = em.find(ErasureFollowUp.class, followUpId, LockModeType.PESSIMISTIC_WRITE);
        if (followUp == null) {
            throw new RuleViolation("error.erasure.unknownFollowUp");
        }
        Person admin = people.byId(adminId).orElse(null);
        if (admin == null || !admin.hasRole(Role.ADMIN) || admin.status() != AccountStatus.ACTIVE) {
            throw new RuleViolation("error.forbidden");
        }
        followUp.done(adminId, clock.instant());
    }
}
