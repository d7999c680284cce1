package eu.s3learning.core.identity;

import java.util.EnumSet;
import java.util.Set;

/** What a person may do on the platform. Everyone registers as a trainee. */
public enum Role {
    TRAINEE, TRAINER, PARTNER, ADMIN;

    /** The roles a person may ask for; an administrator decides. */
    public static Set<Role> requestable() {
        return EnumSet.of(TRAINER, PARTNER);
    }
}
