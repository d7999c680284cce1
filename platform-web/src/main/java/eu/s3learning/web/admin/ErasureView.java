package eu.s3learning.web.admin;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Cohorts;
import eu.s3learning.core.identity.People;
import eu.s3learning.core.identity.Person;
import eu.s3learning.core.privacy.Erasure;
import eu.s3learning.core.privacy.ErasureRecord;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import eu.s3learning.web.security.PageRefusal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;
import org.omnifaces.cdi.Param;

/**
 * An administrator erases one person's data, after reading what will happen and typing the person's e-mail
 * address to confirm: it cannot be undone. An unknown person is 404; the refusals (oneself, the last
 * administrator, someone already erased) are shown on the page.
 */
@Named
@RequestScoped
public class ErasureView {

    @Inject
    People people;

    @Inject
    Cohorts cohorts;

    @Inject
    Erasure erasure;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    /** From the address, on the first request and on the confirming post (the form posts to the full address). */
    @Inject
    @Param(name = "person")
    Long person;
    private Person subject;
    private String confirmation;

    public void load() {
        PageRefusal.unlessAllowed(person, () -> getSubject() != null);
    }

    public Person getSubject() {
        if (subject == null) {
            subject = people.byId(person).orElseThrow(() -> new RuleViolation("error.account.unknown"));
        }
        return subject;
    }

    public int getEnrolmentCount() {
        return cohorts.enrolmentsOf(person).size();
    }

    /** The record of the person's erasure, once erased; null before. */
    public ErasureRecord getRecord() {
        return erasure.of(person).orElse(null);
    }

    public String erase() {
        String typed = confirmation == null ? "" : confirmation.strip().toLowerCase(Locale.ROOT);
        if (!typed.equals(getSubject().email().value())) {
            texts.error("erase.confirmationMismatch");
            return null;
        }
        boolean done = texts.attempt(() -> erasure.erase(current.id(), person, current.clientAddress()), "erase.done");
        return done ? "/admin/erasures?faces-redirect=true" : null;
    }

    public Long getPerson() {
        return person;
    }

    public void setPerson(Long person) {
        this.person = person;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
