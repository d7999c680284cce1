package eu.s3learning.web.learning;

import eu.s3learning.core.RuleViolation;
import eu.s3learning.core.cohort.Enrolment;
import eu.s3learning.core.cohort.Invitation;
import eu.s3learning.core.cohort.Invitations;
import eu.s3learning.web.i18n.Texts;
import eu.s3learning.web.security.CurrentPerson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.omnifaces.cdi.Param;

/** A person opens an invitation link (signed in: the page is behind sign-in) and accepts it. */
@Named
@RequestScoped
public class InvitationView {

    @Inject
    Invitations invitations;

    @Inject
    CurrentPerson current;

    @Inject
    Texts texts;

    @Inject
    @Param(name = "token")
    String token;

    private Invitation invitation;
    private String problemKey;
    private Object problemArgument;

    public Invitation getInvitation() {
        if (invitation == null && problemKey == null) {
            try {
                invitation = invitations.find(token);
            } catch (RuleViolation invalid) {
                problemKey = invalid.messageKey();
            }
        }
        return invitation;
    }

    public String accept() {
        try {
            Enrolment enrolment = invitations.accept(current.id(), token);
            texts.info("enrolment.result." + enrolment.status().name());
            return "/trainee/journey?faces-redirect=true&enrolment=" + enrolment.id();
        } catch (RuleViolation refused) {
            problemKey = refused.messageKey();
            problemArgument = refused.arguments().length == 0 ? null : refused.arguments()[0];
            return null;
        }
    }

    public String getProblemKey() {
        return problemKey;
    }

    public Object getProblemArgument() {
        return problemArgument;
    }

    public String getToken() {
        return token;
    }
}
