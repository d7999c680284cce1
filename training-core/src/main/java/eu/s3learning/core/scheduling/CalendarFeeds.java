package eu.s3learning.core.scheduling;

import eu.s3learning.core.cohort.Cohort;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.identity.Secrets;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.mail.MailSettings;
import eu.s3learning.core.mail.MailTemplates;
import eu.s3learning.core.settings.PlatformSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Personal calendar feeds. The address holds a random secret (calendar clients cannot sign
 * in); only its SHA-256 is stored. Making a new address revokes the old one at once.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    @PersistenceContext(unitName = "s3")
    EntityManager em;

    @Inject
    Cohorts cohorts;

    @Inject
    Sessions sessions;

    @Inject
    People people;

    @Inject
    MailSettings mailSettings;

    @Inject
    PlatformSettings settings;

    @Inject
    Clock clock;

    /** A new secret for the person's feed; the old address stops working. Returns the secret. */
    public String renew(long personId) {
        String secret = Secrets.newSecret();
        CalendarFeed feed = em.find(CalendarFeed.class, personId);
        if (feed == null) {
            em.persist(new CalendarFeed(personId, Secrets.digest(secret), clock.instant()));
        } else {
            feed.renew(Secrets.digest(secret), clock.instant());
        }
        return secret;
    }

    public void revoke(long personId) {
        CalendarFeed feed = em.find(CalendarFeed.class, personId);
        if (feed != null) {
            em.remove(feed);
        }
    }

    public boolean exists(long personId) {
        return em.find(CalendarFeed.class, personId) != null;
    }

    /** The feed for the secret, if it is current: the person's booked sessions, the sessions they run, and phase deadlines. */
    public Optional<String> feed(String secret) {
        if (secret == null || secret.length() > 100) {
            return Optional.empty();
        }
        List<CalendarFeed> found = em.createQuery("select f from CalendarFeed f where f.digest = :digest", CalendarFeed.class)
                .setParameter("digest", Secrets.digest(secret)).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Person person = people.byId(found.get(0).personId()).orElseThrow();
        return Optional.of(CalendarWriter.feed(entries(person), mailSettings.fromAddress(), clock.instant()));
    }

    private List<CalendarEntry> entries(Person person) {
        List<CalendarEntry> entries = new ArrayList<>();
        String host = settings.publicUrl().getHost();
        for (Enrolment enrolment : cohorts.enrolmentsOf(person.id())) {
            if (!enrolment.enrolled()) {
                continue;
            }
            Cohort cohort = enrolment.cohort();
            String journey = settings.link("/trainee/journey.xhtml?enrolment=" + enrolment.id());
            entries.add(deadline("prep-" + enrolment.id() + "@" + host, cohort.preparationClosesAt(),
                    MailTemplates.word(person.locale(), "deadline.preparation") + " (" + cohort.name() + ")", journey));
            entries.add(deadline("wrap-" + enrolment.id() + "@" + host, cohort.wrapUpClosesAt(),
                    MailTemplates.word(person.locale(), "deadline.wrapUp") + " (" + cohort.name() + ")", journey));
            for (Seat seat : sessions.seatsOf(enrolment.id())) {
                if (seat.status() == SeatStatus.SEATED) {
                    entries.add(SessionNotices.entry(seat.session(), SessionNotices.where(seat.session(), person.locale()), journey));
                }
            }
        }
        for (LiveSession run : sessions.runBy(person.id())) {
            entries.add(SessionNotices.entry(run, SessionNotices.where(run, person.locale()),
                    settings.link("/trainer/session.xhtml?id=" + run.id())));
        }
        return entries;
    }

    private static CalendarEntry deadline(String uid, java.time.Instant at, String summary, String link) {
        return new CalendarEntry(uid, 0, at, null, summary, null, link, false);
    }
}
