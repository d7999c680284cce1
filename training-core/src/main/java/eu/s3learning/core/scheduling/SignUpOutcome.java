package eu.s3learning.core.scheduling;

import eu.s3learning.core.RuleViolation;

/**
 * What became of one sign-up of a group: a seat or place in line and the places the session had
 * left just after it, or the rule it broke.
 */
public record SignUpOutcome(Seat seat, long placesLeft, RuleViolation refusal) {

    static SignUpOutcome booked(Seat seat, long placesLeft) {
        return new SignUpOutcome(seat, placesLeft, null);
    }

    static SignUpOutcome refused(RuleViolation refusal) {
        return new SignUpOutcome(null, 0, refusal);
    }

    /** This outcome when booked, or the refusal thrown. */
    public SignUpOutcome bookedOrThrow() {
        if (refusal != null) {
            throw refusal;
        }
        return this;
    }
}
