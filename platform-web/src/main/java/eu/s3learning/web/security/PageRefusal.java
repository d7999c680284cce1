package eu.s3learning.web.security;

import eu.s3learning.core.RuleViolation;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BooleanSupplier;

/**
 * Answers a page request whose subject the person may not see, or that does not exist, with
 * 403 or 404: the same pages as for any other refused address, and nothing of the subject.
 */
public final class PageRefusal {

    private PageRefusal() {
    }

    /**
     * The checks every page with a subject in its address makes before rendering: no subject
     * is 404; a subject that does not exist, or that {@code allowed} refuses, is 404 or 403.
     */
    public static void unlessAllowed(Object subject, BooleanSupplier allowed) {
        if (subject == null) {
            send(404);
            return;
        }
        try {
            if (!allowed.getAsBoolean()) {
                send(403);
            }
        } catch (RuleViolation refused) {
            send(refused);
        }
    }

    public static void send(RuleViolation violation) {
        send("error.forbidden".equals(violation.messageKey()) ? 403 : 404);
    }

    public static void send(int status) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
