package eu.s3learning.core.certificate;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.CohortAccess;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.journal.LearningEventSubject;
import eu.s3learning.core.journal.LearningEventType;
import eu.s3learning.core.journal.LearningJournal;
import eu.s3learning.core.progress.Journey;
import eu.s3learning.core.progress.JourneyCompleted;
import eu.s3learning.core.progress.PhaseProgress;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** Issuing certificates when a journey is complete, checking them by code, revoking them. */
@ApplicationScoped
@Transactional
public class Certificates {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    CohortAccess access;

    @Inject
    LearningJournal journal;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** Issues the certificate of a journey that has just become complete; once per enrolment. */
    void issue(@Observes JourneyCompleted completed) {
        issueIfComplete(completed.journey());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Certificate> issueIfComplete(Journey journey) {
        Enrolment enrolment = journey.enrolment();
        if (!journey.complete() || of(enrolment.id()).isPresent()) {
            return Optional.empty();
        }
        int minutes = journey.phases().stream().flatMap(p -> p.units().stream()).filter(PhaseProgress.UnitState::completed)
                .mapToInt(u -> u.unit().durationMinutes()).sum();
        Certificate certificate = new Certificate(enrolment, minutes, clock.instant());
        em.persist(certificate);
        journal.record(LearningEventType.CERTIFICATE_ISSUED, subject(enrolment), null, certificate.code());
        return Optional.of(certificate);
    }

    public Optional<Certificate> of(long enrolmentId) {
        return em.createQuery("select c from Certificate c where c.enrolment.id = :enrolment", Certificate.class)
                .setParameter("enrolment", enrolmentId).getResultList().stream().findFirst();
    }

    public Optional<Certificate> byCode(String typed) {
        String code = Certificate.normalise(typed);
        if (code.length() > 20) {
            return Optional.empty();
        }
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).getResultList().stream().findFirst();
    }

    public void revoke(long trainerId, long certificateId, String reason) {
        Certificate certificate = em.find(Certificate.class, certificateId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (certificate == null) {
            throw new RuleViolation("error.certificate.unknown");
        }
        access.requireTrainerOf(certificate.enrolment().cohort(), trainerId);
        certificate.revoke(trainerId, reason, clock.instant());
        journal.record(LearningEventType.CERTIFICATE_REVOKED, subject(certificate.enrolment()), trainerId, certificate.revokeReason());
    }

    /** The public address where anyone checks the certificate. */
    public String verificationLink(Certificate certificate) {
        return settings.link("/certificate.xhtml?code=" + certificate.code());
    }

    private static LearningEventSubject subject(Enrolment enrolment) {
        return LearningEventSubject.enrolment(enrolment.person().id(), enrolment.cohort().id(), enrolment.id());
    }
}
